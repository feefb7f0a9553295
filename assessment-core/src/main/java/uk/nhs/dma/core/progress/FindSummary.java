package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A scope's results for one assessment year, with the hierarchy of {@code asOf}, from what the service knew at
 * {@code knownAt} (null: now), over the organisations the caller may read ({@code readable}: their ODS codes, or
 * null for every one). Answered with a {@link SummaryView}.
 */
public record FindSummary(Scope scope, int year, LocalDate asOf, Instant knownAt, Set<String> readable) {

    public FindSummary(Scope scope, int year, LocalDate asOf, Instant knownAt) {
        this(scope, year, asOf, knownAt, null);
    }

    public FindSummary(Scope scope, int year, LocalDate asOf) {
        this(scope, year, asOf, null, null);
    }
}
