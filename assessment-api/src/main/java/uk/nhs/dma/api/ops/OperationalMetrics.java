package uk.nhs.dma.api.ops;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.config.ProjectionStatus;
import uk.nhs.dma.api.config.SeedConfiguration.SeedStatus;
import uk.nhs.dma.api.replay.Replays;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.progress.OrganisationFacts;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * The service's own gauges, beside Axon's metrics and the commands counted by {@link CommandMetrics}:
 * <ul>
 *   <li>{@code dma.projection.lag{processor}}: events between the head of the store and each projection
 *   processor's position ({@code dma.projection.position}, {@code dma.projection.head},
 *   {@code dma.projection.replaying} beside it);</li>
 *   <li>{@code dma.replay.running} and {@code dma.replay.progress} (0 to 1) of a read-model replay;</li>
 *   <li>{@code dma.seed.duration{mode}} (seconds, growing while the seed loads) and {@code dma.seed.loaded};</li>
 *   <li>from the read side, refreshed every {@code assessment.metrics.refresh-interval} (default a minute):
 *   {@code dma.target.percent{target,scope="NATIONAL"}}, today's national percentage of each target in
 *   {@code assessment.metrics.targets} (a target not defined has no gauge), and
 *   {@code dma.assessments.submitted{region,year}}, the assessments with a submitted revision, by the trust's
 *   region on its assessment date.</li>
 * </ul>
 * The read-side figures are not refreshed while a replay rebuilds the read models (they would be partial).
 */
@Component
public class OperationalMetrics implements DisposableBean {

    public static final String PROJECTION_LAG = "dma.projection.lag";
    public static final String PROJECTION_POSITION = "dma.projection.position";
    public static final String PROJECTION_HEAD = "dma.projection.head";
    public static final String PROJECTION_REPLAYING = "dma.projection.replaying";
    public static final String REPLAY_RUNNING = "dma.replay.running";
    public static final String REPLAY_PROGRESS = "dma.replay.progress";
    public static final String SEED_DURATION = "dma.seed.duration";
    public static final String SEED_LOADED = "dma.seed.loaded";
    public static final String TARGET_PERCENT = "dma.target.percent";
    public static final String ASSESSMENTS_SUBMITTED = "dma.assessments.submitted";

    private static final Logger log = LoggerFactory.getLogger(OperationalMetrics.class);
    /** One scrape reads many gauges; they share one reading of the processors (and one head query). */
    private static final long SNAPSHOT_TTL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final MeterRegistry registry;
    private final ProjectionStatus projections;
    private final EventProcessingConfiguration processing;
    private final Replays replays;
    private final SeedStatus seeds;
    private final QueryGateway queries;
    private final ProgressFacts facts;
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
    private final Map<String, Boolean> registeredProcessors = new ConcurrentHashMap<>();

    private volatile Snapshot snapshot;
    private volatile long seedStartedNanos = -1;
    private volatile long seedFinishedNanos = -1;
    private volatile ScheduledFuture<?> seedWatch;

    public OperationalMetrics(MeterRegistry registry, ProjectionStatus projections,
                              EventProcessingConfiguration processing, Replays replays, SeedStatus seeds,
                              QueryGateway queries, ProgressFacts facts, Clock clock,
                              AssessmentProperties properties) {
        this.registry = registry;
        this.projections = projections;
        this.processing = processing;
        this.replays = replays;
        this.seeds = seeds;
        this.queries = queries;
        this.facts = facts;
        this.clock = clock;
        this.refreshInterval = properties.metrics().refreshInterval();
        this.targets = properties.metrics().targets().stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        this.targetPercent = MultiGauge.builder(TARGET_PERCENT).baseUnit("percent")
                .description("Today's percentage of the population counted by a national target")
                .register(registry);
        this.assessmentsSubmitted = MultiGauge.builder(ASSESSMENTS_SUBMITTED)
                .description("Assessments with a submitted revision, by region (on the assessment date) and year")
                .register(registry);
        registerProjectionGauges();
        registerSeedGauges();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        // The seed loader starts on the same event; its duration is measured from here to DONE or FAILED.
        seedStartedNanos = System.nanoTime();
        seedWatch = scheduler.scheduleWithFixedDelay(this::watchSeed, 0, 100, TimeUnit.MILLISECONDS);
        registerProjectionGauges();
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
        Optional<TargetProgressView> view = queries.query(new FindTargetProgress(TargetId.of(target), today,
                Scope.NATIONAL), ResponseTypes.optionalInstanceOf(TargetProgressView.class)).join();
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
        List<OrganisationFacts> all = facts.organisations();
        Map<String, OrganisationFacts> byCode = new TreeMap<>();
        all.forEach(o -> byCode.put(o.odsCode(), o));
        Map<RegionYear, Integer> counts = new TreeMap<>();
        for (OrganisationFacts organisation : all) {
            if (!organisation.type().isTrust()) {
                continue;
            }
            for (OrganisationFacts.Submission submission : organisation.latestPerYear()) {
                LocalDate on = submission.assessedOn();
                String region = organisation.parentOn(on)
                        .map(byCode::get)
                        .flatMap(icb -> icb.parentOn(on))
                        .orElse("unknown");
                counts.merge(new RegionYear(region, submission.year()), 1, Integer::sum);
            }
        }
        return counts;
    }

    // ---- projections and replays ----------------------------------------------------------------------

    private record Snapshot(long takenNanos, long head, Map<String, ProjectionStatus.Processor> processors) {
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.takenNanos() < SNAPSHOT_TTL_NANOS) {
            return current;
        }
        Map<String, ProjectionStatus.Processor> byName = new TreeMap<>();
        projections.processors().forEach(p -> byName.put(p.name(), p));
        current = new Snapshot(System.nanoTime(), projections.head(), byName);
        snapshot = current;
        return current;
    }

    /** Head minus position; NaN for a processor that has no segment claimed on this node (nothing to tell). */
    private double lag(String name) {
        Snapshot s = snapshot();
        ProjectionStatus.Processor p = s.processors().get(name);
        boolean claimed = processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty()).orElse(false);
        if (p == null || !claimed) {
            return Double.NaN;
        }
        return Math.max(0, s.head() - p.position());
    }

    private double position(String name) {
        ProjectionStatus.Processor p = snapshot().processors().get(name);
        return p == null ? Double.NaN : p.position();
    }

    private double replaying(String name) {
        ProjectionStatus.Processor p = snapshot().processors().get(name);
        return p == null ? Double.NaN : p.replaying() ? 1 : 0;
    }

    /** While a replay runs: the slowest replaying processor's share of the store; otherwise 1. */
    private double replayProgress() {
        if (!replays.isRunning()) {
            return 1;
        }
        Snapshot s = snapshot();
        List<ProjectionStatus.Processor> replaying = s.processors().values().stream()
                .filter(ProjectionStatus.Processor::replaying).toList();
        if (replaying.isEmpty()) {
            replaying = List.copyOf(s.processors().values());
        }
        long slowest = replaying.stream().mapToLong(ProjectionStatus.Processor::position).min().orElse(-1);
        return s.head() < 0 ? 1 : Math.min(1, Math.max(0, (slowest + 1) / (double) (s.head() + 1)));
    }

    private void registerProjectionGauges() {
        if (registeredProcessors.isEmpty()) {
            Gauge.builder(PROJECTION_HEAD, this, m -> m.snapshot().head())
                    .description("Global position of the newest stored event").register(registry);
            Gauge.builder(REPLAY_RUNNING, replays, r -> r.isRunning() ? 1 : 0)
                    .description("1 while a replay rebuilds read models").register(registry);
            Gauge.builder(REPLAY_PROGRESS, this, OperationalMetrics::replayProgress)
                    .description("Share of the event store the running replay has processed (1 when none runs)")
                    .register(registry);
            registeredProcessors.put("", true);
        }
        for (String name : processing.eventProcessors().keySet()) {
            if (processing.eventProcessor(name, StreamingEventProcessor.class).isEmpty()
                    || registeredProcessors.putIfAbsent(name, true) != null) {
                continue;
            }
            Gauge.builder(PROJECTION_LAG, this, m -> m.lag(name)).tag("processor", name).baseUnit("events")
                    .description("Events stored but not yet handled by the projection processor")
                    .register(registry);
            Gauge.builder(PROJECTION_POSITION, this, m -> m.position(name)).tag("processor", name)
                    .description("Global position the projection processor has reached").register(registry);
            Gauge.builder(PROJECTION_REPLAYING, this, m -> m.replaying(name)).tag("processor", name)
                    .description("1 while the projection processor replays").register(registry);
        }
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
