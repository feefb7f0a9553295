package uk.nhs.dma.core.progress;

import java.time.LocalDate;
import uk.nhs.dma.core.target.TargetId;

/** A target's progress on a date, within a scope. Answered with an optional {@link TargetProgressView}. */
public record FindTargetProgress(TargetId targetId, LocalDate asOf, Scope scope) {
}
