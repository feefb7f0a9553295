package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A draft never submitted was withdrawn, with the reason; the organisation may start that year again. */
@JsonTypeName("AssessmentWithdrawn")
public record AssessmentWithdrawn(AssessmentId assessmentId, int revision, String reason, String withdrawnBy)
        implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
