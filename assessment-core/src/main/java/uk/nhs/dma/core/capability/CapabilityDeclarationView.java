package uk.nhs.dma.core.capability;

import java.time.Instant;
import java.time.LocalDate;

/** One declaration as recorded, with who recorded it and when; {@code inForce} on the date asked about. */
public record CapabilityDeclarationView(String odsCode, Capability capability, int declaration,
                                        CapabilityStatus status, LocalDate effectiveFrom, String note,
                                        Instant recordedAt, String recordedBy, boolean inForce) {
}
