package uk.nhs.dma.core.organisation;

/** National programme statuses that count toward the foundational-capability target. */
public enum ProgrammeStatus {
    GLOBAL_DIGITAL_EXEMPLAR,
    FAST_FOLLOWER,
    DIGITAL_ASPIRANT
}
