package uk.nhs.dma.core.assessment;

/** Answered with an optional {@link AssessmentView}. */
public record FindAssessment(AssessmentId assessmentId) {
}
