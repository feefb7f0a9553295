package uk.nhs.dma.core.assessment;

public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    /** A draft never submitted, withdrawn because it was started by mistake; the year may be started again. */
    WITHDRAWN
}
