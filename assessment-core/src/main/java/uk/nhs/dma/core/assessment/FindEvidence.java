package uk.nhs.dma.core.assessment;

/** Answered with an optional {@link AssessmentEvidenceView} (empty when no such assessment is known). */
public record FindEvidence(AssessmentId assessmentId) {
}
