package uk.nhs.dma.core.capability;

import java.time.LocalDate;
import uk.nhs.dma.core.organisation.OdsCode;

/** Every declaration of an organisation, oldest first per capability; {@code asOf} marks those in force then. */
public record ListCapabilityDeclarations(OdsCode odsCode, LocalDate asOf) {
}
