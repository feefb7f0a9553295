package uk.nhs.dma.core.target;

/** Answered with an optional {@link TargetView}. */
public record FindTarget(TargetId targetId) {
}
