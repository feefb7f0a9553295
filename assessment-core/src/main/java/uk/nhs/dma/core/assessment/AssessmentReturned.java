package uk.nhs.dma.core.assessment;

/** A reviewer sent a submitted revision back for changes; a draft of the next revision starts from it. */
public record AssessmentReturned(AssessmentId assessmentId, int revision, int newRevision, String reason,
                                 String returnedBy) {
}
