package uk.nhs.dma.projections.processing;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs on every instance, a few times a second, and moves the running replay (if any) along:
 * <ol>
 *   <li>until its processors' tokens are reset, this instance keeps those processors stopped, which releases
 *   its claims;</li>
 *   <li>the driver (the instance that started it, or one that took over its lapsed lease) resets the tokens
 *   once no live instance claims them (a killed instance's claims lapse after the claim timeout); the reset
 *   handlers empty the read models in the same transaction;</li>
 *   <li>then every instance starts the processors again, and the driver follows their positions in
 *   {@code token_entry} until they are back where the store's head was, and marks the replay DONE.</li>
 * </ol>
 * A processor this instance stopped is started again whatever happens to the replay, so none stays shut down.
 */
@Component
public class ReplayDriver extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(ReplayDriver.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(3);

    private final Replays replays;
    private final ProjectionStatus projections;
    private final EventProcessingConfiguration processing;
    private final Duration leaseTimeout;
    private final Set<String> stoppedHere = ConcurrentHashMap.newKeySet();
    private long lastLog;

    public ReplayDriver(Replays replays, ProjectionStatus projections, EventProcessingConfiguration processing,
                        ProjectionSettings projectionSettings, ReplaySettings replaySettings) {
        super("replay-driver", replaySettings.tick(), replaySettings.tick());
        this.replays = replays;
        this.projections = projections;
        this.processing = processing;
        this.leaseTimeout = projectionSettings.claimTimeout();
    }

    @Override
    void tick() {
        try {
            Optional<Replays.Stored> running = replays.running();
            if (running.isEmpty()) {
                restartStopped();
                return;
            }
            Replays.Replay replay = running.get().replay();
            if (!running.get().resetDone()) {
                replay.processors().forEach(this::stop);
                if (replays.lead(replay.replayId(), leaseTimeout)) {
                    reset(replay);
                }
                return;
            }
            restartStopped();
            if (replays.lead(replay.replayId(), leaseTimeout)) {
                follow(replay);
            }
        } catch (RuntimeException e) {
            log.warn("Replay step failed ({}); retrying", e.getClass().getSimpleName());
        }
    }

    private void reset(Replays.Replay replay) {
        try {
            for (String name : replay.processors()) {
                processor(name).resetTokens();
            }
        } catch (UnableToClaimTokenException stillClaimed) {
            return; // another instance still holds a segment: it stops within a tick, or its claim lapses
        } catch (RuntimeException e) {
            log.error("Replay {} failed to reset the processors: {}", replay.replayId(), e.getMessage());
            replays.progress(replay.replayId(), 0, Replays.Status.FAILED, e.getMessage());
            restartStopped();
            return;
        }
        replays.resetDone(replay.replayId());
        log.info("Replay {}: processors {} reset by this instance", replay.replayId(), replay.processors());
        restartStopped();
    }

    private void follow(Replays.Replay replay) {
        long target = replay.eventsTotal() - 1;
        long processed = projections.processors().stream().filter(p -> replay.processors().contains(p.name()))
                .mapToLong(ProjectionStatus.Processor::position).min().orElse(-1);
        boolean done = processed >= target && projections.processors().stream()
                .noneMatch(p -> replay.processors().contains(p.name()) && p.replaying());
        replays.progress(replay.replayId(), processed + 1, done ? Replays.Status.DONE : Replays.Status.RUNNING, null);
        if (done) {
            log.info("Replay {} done: {} events", replay.replayId(), replay.eventsTotal());
        } else if (System.nanoTime() - lastLog > LOG_EVERY.toNanos()) {
            log.info("Replay {}: {} of {} events", replay.replayId(), processed + 1, replay.eventsTotal());
            lastLog = System.nanoTime();
        }
    }

    private void stop(String name) {
        StreamingEventProcessor processor = processor(name);
        if (processor.isRunning()) {
            stoppedHere.add(name);
            processor.shutDown();
        }
    }

    private void restartStopped() {
        for (String name : Set.copyOf(stoppedHere)) {
            StreamingEventProcessor processor = processor(name);
            if (!processor.isRunning()) {
                processor.start();
            }
            stoppedHere.remove(name);
        }
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + name));
    }
}
