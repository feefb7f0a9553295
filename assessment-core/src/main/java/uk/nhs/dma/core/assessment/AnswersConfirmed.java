package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** Answers carried forward from last year were confirmed as they stand, by {@code confirmedBy}. */
@JsonTypeName("AnswersConfirmed")
public record AnswersConfirmed(AssessmentId assessmentId, int revision, List<String> questionIds,
                               String confirmedBy) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
