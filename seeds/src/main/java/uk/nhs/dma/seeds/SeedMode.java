package uk.nhs.dma.seeds;

/** What the loader puts in an empty store: {@code assessment.seed}. */
public enum SeedMode {
    /** The reference data and a deterministic demo history: the default of the embedded run. */
    DEMO,
    /** The real register, frameworks and targets only: for real deployments. */
    REFERENCE,
    /** Nothing. */
    NONE
}
