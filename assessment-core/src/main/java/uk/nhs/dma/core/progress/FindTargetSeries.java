package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.dma.core.target.TargetId;

/**
 * A target's percentage at every quarter end from its first milestone up to {@code asOf}, in a scope, from what
 * the service knew at {@code knownAt} (null: now). Answered with an optional {@link TargetSeriesView}.
 */
public record FindTargetSeries(TargetId targetId, LocalDate asOf, Scope scope, Instant knownAt) {
}
