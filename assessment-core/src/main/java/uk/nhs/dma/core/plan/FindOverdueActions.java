package uk.nhs.dma.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.nhs.dma.core.progress.Scope;

/**
 * Actions due before {@code before} and neither DONE nor DROPPED, of the organisations in a scope (by the hierarchy
 * of {@code before}), as known at {@code knownAt} (null: now), over those the caller may read
 * ({@code readable}: ODS codes, or null for every one). Answered with an {@link OverdueActionsView}.
 */
public record FindOverdueActions(Scope scope, LocalDate before, Instant knownAt, Set<String> readable) {
}
