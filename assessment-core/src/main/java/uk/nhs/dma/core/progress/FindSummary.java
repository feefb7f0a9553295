package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A scope's results for one assessment year, with the hierarchy of {@code asOf}, from what the service knew at
 * {@code knownAt} (null: now). Answered with a {@link SummaryView}.
 */
public record FindSummary(Scope scope, int year, LocalDate asOf, Instant knownAt) {

    public FindSummary(Scope scope, int year, LocalDate asOf) {
        this(scope, year, asOf, null);
    }
}
