package uk.nhs.dma.core.capability;

/**
 * What an organisation declares of a capability. Most capabilities use NONE, PLANNED, IN_PROGRESS and IN_PLACE;
 * the Data Security and Protection Toolkit uses its own published statuses (Not Published, Approaching Standards,
 * Standards Met, Standards Exceeded). {@link Capability#statuses()} says which apply.
 */
public enum CapabilityStatus {
    NONE,
    PLANNED,
    IN_PROGRESS,
    IN_PLACE,
    NOT_PUBLISHED,
    APPROACHING,
    MET,
    EXCEEDED
}
