package uk.nhs.dma.core.capability;

import java.time.LocalDate;

/** A declared status of a capability, in force from its date until the organisation's next declaration. */
public record DeclaredStatus(Capability capability, CapabilityStatus status, LocalDate effectiveFrom) {
}
