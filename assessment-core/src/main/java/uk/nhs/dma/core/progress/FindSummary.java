package uk.nhs.dma.core.progress;

import java.time.LocalDate;

/** A scope's results for one assessment year, with the hierarchy of {@code asOf}. Answered with a {@link SummaryView}. */
public record FindSummary(Scope scope, int year, LocalDate asOf) {
}
