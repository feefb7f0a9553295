package uk.nhs.dma.core.assessment;

/** How far an organisation is with its electronic patient record. */
public enum EprStatus {
    NONE,
    PROCURING,
    DEPLOYING,
    LIVE
}
