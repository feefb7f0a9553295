package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.dma.core.target.TargetId;

/**
 * A target's progress on a date (asOf: what the figure is about) within a scope, from what the service knew at
 * an instant (knownAt: null for now). Answered with an optional {@link TargetProgressView}.
 */
public record FindTargetProgress(TargetId targetId, LocalDate asOf, Scope scope, Instant knownAt) {

    public FindTargetProgress(TargetId targetId, LocalDate asOf, Scope scope) {
        this(targetId, asOf, scope, null);
    }
}
