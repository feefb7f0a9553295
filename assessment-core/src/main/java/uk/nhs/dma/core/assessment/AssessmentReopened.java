package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
/** The trust reopened a submitted or approved revision; a draft of the next revision starts from it. */
@JsonTypeName("AssessmentReopened")
public record AssessmentReopened(AssessmentId assessmentId, int revision, int newRevision, String reason,
                                 String reopenedBy) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
