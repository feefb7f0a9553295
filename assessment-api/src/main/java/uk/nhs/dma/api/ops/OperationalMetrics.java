package uk.nhs.dma.api.ops;

import uk.nhs.dma.projections.support.QuerySender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.config.SeedConfiguration.SeedStatus;
import uk.nhs.dma.projections.processing.Replays;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.progress.OrganisationFacts;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.register.HierarchyCache;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * The service's own gauges, beside Axon's metrics and the commands counted by {@link CommandMetrics}:
 * <ul>
 *   <li>the projections' lag and the replays' progress ({@link ProjectionGauges});</li>
 *   <li>{@code dma.seed.duration{mode}} (seconds, growing while the seed loads) and {@code dma.seed.loaded};</li>
 *   <li>from the read side, refreshed every {@code assessment.metrics.refresh-interval} (default a minute):
 *   {@code dma.target.percent{target,scope="NATIONAL"}}, today's national percentage of each target in
 *   {@code assessment.metrics.targets} (a target not defined has no gauge), and
 *   {@code dma.assessments.submitted{region,year}}, the assessments with a submitted revision, by the trust's
 *   region on its assessment date ({@link HierarchyCache}).</li>
 * </ul>
 * The read-side figures are not refreshed while a replay rebuilds the read models (they would be partial).
 */
@Component
public class OperationalMetrics implements DisposableBean {

    public static final String SEED_DURATION = "dma.seed.duration";
    public static final String SEED_LOADED = "dma.seed.loaded";
    public static final String TARGET_PERCENT = "dma.target.percent";
    public static final String ASSESSMENTS_SUBMITTED = "dma.assessments.submitted";

    private static final Logger log = LoggerFactory.getLogger(OperationalMetrics.class);

    private final MeterRegistry registry;
    private final Replays replays;
    private final SeedStatus seeds;
    private final QuerySender queries;
    private final ProgressFacts facts;
    private final HierarchyCache hierarchy;
    private final Clock clock;
    private final Duration refreshInterval;
    private final List<String> targets;
    private final MultiGauge targetPercent;
    private final MultiGauge assessmentsSubmitted;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ops-metrics");
        thread.setDaemon(true);
        return thread;
    });

    private volatile long seedStartedNanos = -1;
    private volatile long seedFinishedNanos = -1;
    private volatile ScheduledFuture<?> seedWatch;

    public OperationalMetrics(MeterRegistry registry, Replays replays, SeedStatus seeds, QuerySender queries,
                              ProgressFacts facts, HierarchyCache hierarchy, Clock clock,
                              AssessmentProperties properties) {
        this.registry = registry;
        this.replays = replays;
        this.seeds = seeds;
        this.queries = queries;
        this.facts = facts;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.refreshInterval = properties.metrics().refreshInterval();
        this.targets = properties.metrics().targets().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        this.targetPercent = MultiGauge.builder(TARGET_PERCENT).baseUnit("percent")
                .description("Today's percentage of the population counted by a national target")
                .register(registry);
        this.assessmentsSubmitted = MultiGauge.builder(ASSESSMENTS_SUBMITTED)
                .description("Assessments with a submitted revision, by region (on the assessment date) and year")
                .register(registry);
        registerSeedGauges();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        // The seed loader starts on the same event; its duration is measured from here to DONE or FAILED.
        seedStartedNanos = System.nanoTime();
        seedWatch = scheduler.scheduleWithFixedDelay(this::watchSeed, 0, 100, TimeUnit.MILLISECONDS);
        long every = Math.max(1, refreshInterval.toMillis());
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    /**
     * Recomputes the read-side gauges now (the scheduler does it every refresh interval). Skipped while a
     * replay runs; answers whether it refreshed.
     */
    public synchronized boolean refresh() {
        if (replays.isRunning()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        List<MultiGauge.Row<?>> percentages = new ArrayList<>();
        for (String target : targets) {
            nationalPercent(target, today).ifPresent(percent -> percentages.add(
                    MultiGauge.Row.of(Tags.of("target", target, "scope", Scope.NATIONAL.toString()), percent)));
        }
        targetPercent.register(percentages, true);
        List<MultiGauge.Row<?>> submitted = new ArrayList<>();
        submittedByRegionAndYear().forEach((key, count) -> submitted.add(
                MultiGauge.Row.of(Tags.of("region", key.region(), "year", Integer.toString(key.year())), count)));
        assessmentsSubmitted.register(submitted, true);
        return true;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not refresh the read-side metrics: {}", e.toString());
        }
    }

    private Optional<Double> nationalPercent(String target, LocalDate today) {
        Optional<TargetProgressView> view = queries.one(new FindTargetProgress(TargetId.of(target), today,
                Scope.NATIONAL), TargetProgressView.class);
        return view.map(TargetProgressView::percent).map(Number::doubleValue);
    }

    record RegionYear(String region, int year) implements Comparable<RegionYear> {
        @Override
        public int compareTo(RegionYear other) {
            int byRegion = region.compareTo(other.region);
            return byRegion != 0 ? byRegion : Integer.compare(year, other.year);
        }
    }

    /** Each trust's latest submitted revision per year, counted under its region on the assessment date. */
    Map<RegionYear, Integer> submittedByRegionAndYear() {
        Hierarchy register = hierarchy.current();
        Map<RegionYear, Integer> counts = new TreeMap<>();
        for (OrganisationFacts organisation : facts.organisations()) {
            if (!organisation.type().isTrust()) {
                continue;
            }
            for (SubmittedRevision submission : organisation.counting().latestPerYear(false)) {
                String region = register.regionOn(organisation.odsCode(), submission.assessedOn()).orElse("unknown");
                counts.merge(new RegionYear(region, submission.year()), 1, Integer::sum);
            }
        }
        return counts;
    }

    // ---- seeds ------------------------------------------------------------------------------------------

    private void registerSeedGauges() {
        String mode = seeds.mode().name().toLowerCase();
        TimeGauge.builder(SEED_DURATION, this, TimeUnit.NANOSECONDS, OperationalMetrics::seedNanos)
                .tag("mode", mode)
                .description("Time the seed load took (growing while it runs)").register(registry);
        Gauge.builder(SEED_LOADED, seeds, s -> s.state() == SeedStatus.State.DONE ? 1 : 0).tag("mode", mode)
                .description("1 once the seed has loaded").register(registry);
    }

    private double seedNanos() {
        long started = seedStartedNanos;
        if (started < 0) {
            return Double.NaN;
        }
        long finished = seedFinishedNanos;
        return (finished < 0 ? System.nanoTime() : finished) - started;
    }

    private void watchSeed() {
        SeedStatus.State state = seeds.state();
        if (seedFinishedNanos < 0 && (state == SeedStatus.State.DONE || state == SeedStatus.State.FAILED)) {
            seedFinishedNanos = System.nanoTime();
            log.info("Seed ({}) {} in {} s", seeds.mode().name().toLowerCase(), state.name().toLowerCase(),
                    Math.round(seedNanos() / 1e7) / 100.0);
            scheduler.execute(this::refreshQuietly);
        }
        ScheduledFuture<?> watch = seedWatch;
        if (seedFinishedNanos >= 0 && watch != null) {
            watch.cancel(false);
        }
    }

    /** Seconds the seed load took, if it has finished (for tests and the log). */
    public Optional<Duration> seedDuration() {
        long started = seedStartedNanos;
        long finished = seedFinishedNanos;
        return started < 0 || finished < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(finished - started));
    }
}
