package uk.nhs.dma.web.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import uk.nhs.dma.core.plan.FindPlan;
import uk.nhs.dma.core.plan.PlanId;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.projections.support.QuerySender;

/** Waits, briefly, until the read model shows a plan at least at the version a command of this request stored. */
final class PlanReads {

    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(5);

    private PlanReads() {
    }

    static void awaitVersion(QuerySender queries, PlanId id, long version) {
        Instant deadline = Instant.now().plus(READ_YOUR_WRITES);
        while (Instant.now().isBefore(deadline)) {
            Optional<PlanView> plan = queries.one(new FindPlan(id, null), PlanView.class);
            if (plan.isPresent() && plan.get().version() >= version) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
