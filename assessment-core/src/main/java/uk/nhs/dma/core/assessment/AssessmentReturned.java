package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
/** A reviewer sent a submitted revision back for changes; a draft of the next revision starts from it. */
@JsonTypeName("AssessmentReturned")
public record AssessmentReturned(AssessmentId assessmentId, int revision, int newRevision, String reason,
                                 String returnedBy) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
