package uk.nhs.dma.core.assessment;

import java.time.LocalDate;

/** A declared EPR: its status, optionally its supplier and, for a live EPR, the date it went live. */
public record EprDeclaration(EprStatus status, String supplier, LocalDate liveSince) {
}
