package uk.nhs.dma.web.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The projections' status and replays, as the API's admin endpoints see and start them. */
public interface Operations {

    record Processor(String name, long position, boolean caughtUp, boolean replaying) {
    }

    record Projections(long head, List<Processor> processors) {
    }

    record Replay(String replayId, List<String> processors, String status, long eventsProcessed, long eventsTotal,
                  double eventsPerSecond, Instant startedAt, Instant finishedAt, String error) {

        public int percent() {
            return eventsTotal <= 0 ? 100 : (int) Math.min(100, eventsProcessed * 100 / eventsTotal);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    Projections projections();

    /** Starts a replay of every processor; a replay already running is the core's {@code RuleViolation} (conflict). */
    Replay startReplay();

    Optional<Replay> replay(String replayId);

    /** Whether a replay is rebuilding the read models (their figures are then incomplete). */
    boolean rebuilding();
}
