package uk.nhs.dma.core.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.nhs.dma.core.progress.Scope;

/**
 * An ICB's or a region's mix-adjusted figures for a year ({@link MixAdjustment}), ranked among every ICB or every
 * region, with the hierarchy of {@code asOf}, from what the service knew at {@code knownAt} (null: now); the trust
 * rows only for the organisations the caller may read ({@code readable}, null: every one). Answered with a
 * {@link MixAdjustedView}.
 */
public record FindMixAdjusted(Scope scope, int year, LocalDate asOf, Instant knownAt, Set<String> readable) {
}
