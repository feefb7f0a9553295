package uk.nhs.dma.projections.processing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.eventstore.NodeIdentity;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Rebuilds read models from the first event. A replay is a row in {@code projection_replay}, so every instance
 * on the database sees it: one at a time; while it runs, read-model queries on every instance answer 503 with
 * Retry-After (see {@link ReplayGate}); {@link ReplayDriver} on each instance stops and restarts the processors
 * and drives it to the end, whichever instance started it.
 */
@Component
public class Replays {

    public enum Status { RUNNING, DONE, FAILED }

    public record Replay(String replayId, List<String> processors, Status status, long eventsProcessed,
                         long eventsTotal, double eventsPerSecond, Instant startedAt, Instant finishedAt,
                         String error) {
    }

    /** A stored replay with what {@link ReplayDriver} needs beyond its public view. */
    record Stored(Replay replay, boolean resetDone, String driver) {
    }

    private static final String COLUMNS = "replay_id, processors, status, reset_done, events_total, events_processed,"
            + " started_at, finished_at, error, driver";

    private final ProjectionStatus projections;
    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final Clock clock;

    public Replays(ProjectionStatus projections, JdbcTemplate jdbc, NodeIdentity node, Clock clock) {
        this.projections = projections;
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /** Names of the processors that can be replayed. */
    public List<String> processorNames() {
        return projections.names();
    }

    public Replay start(List<String> requested) {
        List<String> names = requested == null || requested.isEmpty() || requested.contains("all")
                ? processorNames() : requested;
        for (String name : names) {
            if (!processorNames().contains(name)) {
                throw RuleViolation.invalid("processors", "no processor '" + name + "'; known: " + processorNames());
            }
        }
        String id = UUID.randomUUID().toString();
        Instant startedAt = clock.instant();
        long total = projections.head() + 1;
        try {
            jdbc.update("insert into projection_replay (replay_id, processors, status, events_total, started_at,"
                    + " driver) values (?, ?, 'RUNNING', ?, ?, ?)", id, String.join(",", names), total,
                    Timestamp.from(startedAt), node.id());
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict("replay-running", "replay " + running().map(r -> r.replay().replayId())
                    .orElse("") + " is still running");
        }
        return new Replay(id, names, Status.RUNNING, 0, total, 0, startedAt, null, null);
    }

    public Optional<Replay> find(String id) {
        return jdbc.query("select " + COLUMNS + " from projection_replay where replay_id = ?", this::stored, id)
                .stream().findFirst().map(Stored::replay);
    }

    public boolean isRunning() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from projection_replay where status = 'RUNNING')", Boolean.class));
    }

    Optional<Stored> running() {
        return jdbc.query("select " + COLUMNS + " from projection_replay where status = 'RUNNING'", this::stored)
                .stream().findFirst();
    }

    /** Makes this instance the driver if it is, or if the driver has not renewed its lease within the timeout. */
    boolean lead(String replayId, Duration leaseTimeout) {
        return jdbc.update("update projection_replay set driver = ?, driver_seen_at = now() where replay_id = ?"
                + " and status = 'RUNNING' and (driver = ? or driver_seen_at < now() - make_interval(secs => ?))",
                node.id(), replayId, node.id(), leaseTimeout.toMillis() / 1000.0) == 1;
    }

    void resetDone(String replayId) {
        jdbc.update("update projection_replay set reset_done = true where replay_id = ? and driver = ?", replayId,
                node.id());
    }

    void progress(String replayId, long processed, Status status, String error) {
        jdbc.update("update projection_replay set events_processed = least(greatest(?, 0), events_total),"
                + " status = ?, error = ?, finished_at = ? where replay_id = ? and driver = ?", processed,
                status.name(), error, status == Status.RUNNING ? null : Timestamp.from(clock.instant()), replayId,
                node.id());
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Instant startedAt = rs.getTimestamp("started_at").toInstant();
        Timestamp finished = rs.getTimestamp("finished_at");
        Instant finishedAt = finished == null ? null : finished.toInstant();
        long processed = rs.getLong("events_processed");
        double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt == null ? clock.instant()
                : finishedAt).toMillis() / 1000.0);
        Replay replay = new Replay(rs.getString("replay_id"), Arrays.asList(rs.getString("processors").split(",")),
                Status.valueOf(rs.getString("status")), processed, rs.getLong("events_total"), processed / seconds,
                startedAt, finishedAt, rs.getString("error"));
        return new Stored(replay, rs.getBoolean("reset_done"), rs.getString("driver"));
    }
}
