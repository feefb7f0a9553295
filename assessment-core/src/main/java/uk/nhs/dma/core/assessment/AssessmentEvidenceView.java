package uk.nhs.dma.core.assessment;

import java.util.List;

/** An assessment's evidence (withdrawn items included, marked) and the answers it carried forward at its start. */
public record AssessmentEvidenceView(String assessmentId, List<EvidenceView> items,
                                     List<CarriedAnswerView> carriedAnswers) {

    /** The carried answers nobody has yet confirmed or changed, by question id. */
    public List<String> awaitingConfirmation() {
        return carriedAnswers.stream().filter(CarriedAnswerView::awaitingConfirmation)
                .map(CarriedAnswerView::questionId).toList();
    }

    /** The items about one question (null: the EPR declaration), withdrawn ones included. */
    public List<EvidenceView> about(String questionId) {
        return items.stream().filter(e -> java.util.Objects.equals(e.questionId(), questionId)).toList();
    }
}
