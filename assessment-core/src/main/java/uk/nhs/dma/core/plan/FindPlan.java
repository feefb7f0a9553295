package uk.nhs.dma.core.plan;

import java.time.Instant;

/** One plan with its actions and its history, as known at {@code knownAt} (null: now). Answered with a {@link PlanView}. */
public record FindPlan(PlanId planId, Instant knownAt) {
}
