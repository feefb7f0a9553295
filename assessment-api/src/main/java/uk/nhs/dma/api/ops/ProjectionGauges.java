package uk.nhs.dma.api.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.projections.processing.Replays;

/**
 * The projections' and replays' gauges (see {@link OperationalMetrics}): {@code dma.projection.lag{processor}},
 * the events between the head of the store and each projection processor's position, with
 * {@code dma.projection.position}, {@code dma.projection.head} and {@code dma.projection.replaying} beside it;
 * {@code dma.replay.running} and {@code dma.replay.progress} (0 to 1) of a read-model replay.
 */
@Component
public class ProjectionGauges {

    public static final String PROJECTION_LAG = "dma.projection.lag";
    public static final String PROJECTION_POSITION = "dma.projection.position";
    public static final String PROJECTION_HEAD = "dma.projection.head";
    public static final String PROJECTION_REPLAYING = "dma.projection.replaying";
    public static final String REPLAY_RUNNING = "dma.replay.running";
    public static final String REPLAY_PROGRESS = "dma.replay.progress";

    /** One scrape reads many gauges; they share one reading of the processors (and one head query). */
    private static final long SNAPSHOT_TTL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final MeterRegistry registry;
    private final ProjectionStatus projections;
    private final EventProcessingConfiguration processing;
    private final Replays replays;
    private final Map<String, Boolean> registeredProcessors = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot;

    public ProjectionGauges(MeterRegistry registry, ProjectionStatus projections,
                            EventProcessingConfiguration processing, Replays replays) {
        this.registry = registry;
        this.projections = projections;
        this.processing = processing;
        this.replays = replays;
        registerProjectionGauges();
    }

    /** Processors configured late (after this bean) get their gauges once the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        registerProjectionGauges();
    }

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
            Gauge.builder(REPLAY_PROGRESS, this, ProjectionGauges::replayProgress)
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
}
