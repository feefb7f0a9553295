package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** An evidence item was withdrawn in the draft of {@code revision}; its attachment stays in the history. */
@JsonTypeName("EvidenceWithdrawn")
public record EvidenceWithdrawn(AssessmentId assessmentId, int revision, String evidenceId, String reason,
                                String withdrawnBy) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
