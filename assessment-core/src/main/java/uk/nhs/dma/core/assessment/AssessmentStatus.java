package uk.nhs.dma.core.assessment;

public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
