package uk.nhs.dma.api.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.projections.plan.OverdueActions;
import uk.nhs.dma.projections.processing.Replays;

/**
 * {@code dma.plans.actions.overdue}: how many improvement actions are overdue nationally today (due before today,
 * neither DONE nor DROPPED), read from the plans' read model when scraped; not a number while a replay rebuilds
 * the read models (the figure would be partial).
 */
@Component
public class PlanMetrics {

    public static final String OVERDUE_ACTIONS = "dma.plans.actions.overdue";

    private final OverdueActions overdue;
    private final Replays replays;
    private final Clock clock;

    public PlanMetrics(MeterRegistry registry, OverdueActions overdue, Replays replays, Clock clock) {
        this.overdue = overdue;
        this.replays = replays;
        this.clock = clock;
        Gauge.builder(OVERDUE_ACTIONS, this, PlanMetrics::overdueToday)
                .description("Improvement plan actions overdue nationally (due before today, not DONE or DROPPED)")
                .strongReference(true)
                .register(registry);
    }

    /** The figure the gauge reports, on the clock's today. */
    double overdueToday() {
        return replays.isRunning() ? Double.NaN : overdue.countNationally(LocalDate.now(clock));
    }
}
