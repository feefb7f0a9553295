package uk.nhs.dma.core.assessment;

/**
 * One revision of an assessment as it last stood (for a superseded revision: as submitted, or as it was when
 * returned or reopened). Answered with an optional {@link AssessmentView}.
 */
public record FindRevision(AssessmentId assessmentId, int revision) {
}
