package uk.nhs.dma.api.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.config.ProjectionStatus;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Rebuilds read models from the first event: each named processor is stopped, its tokens reset (its reset
 * handler empties its tables) and started again. One replay at a time; while it runs, read-model queries answer
 * 503 with Retry-After (see {@link ReplayGate}). Progress is logged every few seconds.
 */
@Component
public class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(3);

    public enum Status { RUNNING, DONE, FAILED }

    public record Replay(String replayId, List<String> processors, Status status, long eventsProcessed,
                         long eventsTotal, double eventsPerSecond, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    private final EventProcessingConfiguration processing;
    private final ProjectionStatus projections;
    private final Clock clock;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private volatile String running;

    public Replays(EventProcessingConfiguration processing, ProjectionStatus projections, Clock clock) {
        this.processing = processing;
        this.projections = projections;
        this.clock = clock;
    }

    /** Names of the processors that can be replayed. */
    public List<String> processorNames() {
        return projections.processors().stream().map(ProjectionStatus.Processor::name).toList();
    }

    public synchronized Replay start(List<String> requested) {
        if (running != null) {
            throw RuleViolation.conflict("replay-running", "replay " + running + " is still running");
        }
        List<String> names = requested == null || requested.isEmpty() || requested.contains("all")
                ? processorNames() : requested;
        for (String name : names) {
            if (!processorNames().contains(name)) {
                throw RuleViolation.invalid("processors", "no processor '" + name + "'; known: " + processorNames());
            }
        }
        String id = UUID.randomUUID().toString();
        long head = projections.head();
        Replay replay = new Replay(id, names, Status.RUNNING, 0, head + 1, 0, clock.instant(), null, null);
        replays.put(id, replay);
        running = id;
        Thread worker = new Thread(() -> run(replay), "replay-" + id.substring(0, 8));
        worker.setDaemon(true);
        worker.start();
        return replay;
    }

    public Optional<Replay> find(String id) {
        return Optional.ofNullable(replays.get(id));
    }

    public boolean isRunning() {
        return running != null;
    }

    private void run(Replay replay) {
        try {
            for (String name : replay.processors()) {
                StreamingEventProcessor processor = processor(name);
                processor.shutDown();
                processor.resetTokens();
                processor.start();
            }
            long target = replay.eventsTotal() - 1;
            Instant lastLog = clock.instant();
            while (true) {
                long processed = processed(replay.processors());
                boolean done = processed >= target && projections.processors().stream()
                        .noneMatch(p -> replay.processors().contains(p.name()) && p.replaying());
                Replay now = progress(replay, processed + 1, done ? Status.DONE : Status.RUNNING, null);
                replays.put(replay.replayId(), now);
                if (done) {
                    log.info("Replay {} done: {} events in {} s ({} events/s)", replay.replayId(), now.eventsTotal(),
                            Duration.between(now.startedAt(), now.finishedAt()).toMillis() / 1000.0,
                            Math.round(now.eventsPerSecond()));
                    return;
                }
                if (Duration.between(lastLog, clock.instant()).compareTo(LOG_EVERY) >= 0) {
                    log.info("Replay {}: {} of {} events ({} events/s)", replay.replayId(), now.eventsProcessed(),
                            now.eventsTotal(), Math.round(now.eventsPerSecond()));
                    lastLog = clock.instant();
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            replays.put(replay.replayId(), progress(replay, 0, Status.FAILED, "interrupted"));
        } catch (RuntimeException e) {
            log.error("Replay {} failed", replay.replayId(), e);
            replays.put(replay.replayId(), progress(replay, 0, Status.FAILED, e.getMessage()));
        } finally {
            running = null;
        }
    }

    private Replay progress(Replay replay, long processed, Status status, String error) {
        Instant now = clock.instant();
        double seconds = Math.max(0.001, Duration.between(replay.startedAt(), now).toMillis() / 1000.0);
        long bounded = Math.min(Math.max(processed, 0), replay.eventsTotal());
        return new Replay(replay.replayId(), replay.processors(), status, bounded, replay.eventsTotal(),
                bounded / seconds, replay.startedAt(), status == Status.RUNNING ? null : now, error);
    }

    private long processed(List<String> names) {
        return projections.processors().stream().filter(p -> names.contains(p.name()))
                .mapToLong(ProjectionStatus.Processor::position).min().orElse(-1);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + name));
    }
}
