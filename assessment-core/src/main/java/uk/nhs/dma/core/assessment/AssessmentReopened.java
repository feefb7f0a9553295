package uk.nhs.dma.core.assessment;

/** The trust reopened a submitted or approved revision; a draft of the next revision starts from it. */
public record AssessmentReopened(AssessmentId assessmentId, int revision, int newRevision, String reason,
                                 String reopenedBy) {
}
