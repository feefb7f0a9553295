package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

/** An organisation sits under a parent from a date (null: from its opening, or since records began). */
public record ParentAssignment(OdsCode parentCode, LocalDate effectiveFrom) {
}
