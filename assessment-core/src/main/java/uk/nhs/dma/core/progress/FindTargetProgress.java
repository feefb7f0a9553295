package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.nhs.dma.core.target.TargetId;

/**
 * A target's progress on a date (asOf: what the figure is about) within a scope, from what the service knew at
 * an instant (knownAt: null for now), over the organisations the caller may read ({@code readable}: their ODS
 * codes, or null for every one). Answered with an optional {@link TargetProgressView}.
 */
public record FindTargetProgress(TargetId targetId, LocalDate asOf, Scope scope, Instant knownAt,
                                 Set<String> readable) {

    public FindTargetProgress(TargetId targetId, LocalDate asOf, Scope scope, Instant knownAt) {
        this(targetId, asOf, scope, knownAt, null);
    }

    public FindTargetProgress(TargetId targetId, LocalDate asOf, Scope scope) {
        this(targetId, asOf, scope, null, null);
    }
}
