package uk.nhs.dma.eventstore.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records signed checkpoints: on demand, and every {@code assessment.audit.checkpoint-interval} (default an hour;
 * 0 turns the periodic ones off) when the store has grown since the last one. The position is taken under a
 * short SHARE lock on the event table, which waits for transactions still appending: every event at or before it
 * is then committed, so what the checkpoint states can never change honestly afterwards.
 */
@Component
public class Checkpoints implements SmartLifecycle {

    /** The checkpoint at the position, and whether this call recorded it (false: it was there already). */
    public record Recorded(Checkpoint checkpoint, boolean created) {
    }

    /** The key is missing, so no checkpoint can be signed. */
    public static class Disabled extends RuntimeException {
        Disabled(String message) {
            super(message);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "audit-checkpoints");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    public Checkpoints(JdbcTemplate jdbc, TransactionTemplate transactions, CheckpointSigner signer, Clock clock,
                       AuditSettings audit) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.signer = signer;
        this.clock = clock;
        this.interval = audit.checkpointInterval();
    }

    public synchronized Recorded record() {
        if (!signer.canSign()) {
            throw new Disabled("Checkpoints are disabled: " + signer.status() + ".");
        }
        long position = Objects.requireNonNull(transactions.execute(status -> {
            jdbc.execute("set local lock_timeout = '10s'");
            jdbc.execute("lock table domain_event_entry in share mode");
            return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        }));
        List<Checkpoint> existing = at(position);
        if (!existing.isEmpty()) {
            return new Recorded(existing.get(0), false);
        }
        long events = Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index <= ?", Long.class, position));
        HeadDigest heads = new HeadDigest();
        jdbc.query("""
                select distinct on (aggregate_identifier) aggregate_identifier, sequence_number, meta_data
                from domain_event_entry where global_index <= ?
                order by aggregate_identifier, sequence_number desc""", rs -> {
            Object hash = StoredMetadata.read(rs.getBytes(3)).get(EventHash.HASH);
            heads.add(rs.getString(1), rs.getLong(2), hash == null ? null : hash.toString());
        }, position);
        String digest = heads.hex();
        String createdAt = clock.instant().toString();
        String signature = signer.sign(Checkpoint.signedText(position, events, heads.streams(), digest, createdAt));
        Checkpoint checkpoint = new Checkpoint(position, events, heads.streams(), digest, createdAt, signer.keyId(),
                signature);
        int inserted = jdbc.update("""
                insert into audit_checkpoint (global_position, event_count, stream_count, heads_digest, created_at,
                    key_id, signature) values (?, ?, ?, ?, ?, ?, ?) on conflict (global_position) do nothing""",
                position, events, heads.streams(), digest, createdAt, signer.keyId(), signature);
        return inserted == 1 ? new Recorded(checkpoint, true) : new Recorded(at(position).get(0), false);
    }

    public List<Checkpoint> all() {
        return rows("select * from audit_checkpoint order by global_position");
    }

    private List<Checkpoint> at(long position) {
        return rows("select * from audit_checkpoint where global_position = ?", position);
    }

    private List<Checkpoint> rows(String sql, Object... arguments) {
        return jdbc.query(sql, (rs, i) -> new Checkpoint(rs.getLong("global_position"), rs.getLong("event_count"),
                rs.getLong("stream_count"), rs.getString("heads_digest"), rs.getString("created_at"),
                rs.getString("key_id"), rs.getString("signature")), arguments);
    }

    private void periodically() {
        try {
            Long last = jdbc.queryForObject("select max(global_position) from audit_checkpoint", Long.class);
            Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
            if (head != null && (last == null || head > last)) {
                Recorded recorded = record();
                log.info("Audit checkpoint at global position {}: {} events in {} streams",
                        recorded.checkpoint().globalPosition(), recorded.checkpoint().eventCount(),
                        recorded.checkpoint().streamCount());
            }
        } catch (RuntimeException e) {
            log.warn("Could not record an audit checkpoint: {}", e.toString());
        }
    }

    @Override
    public void start() {
        running = true;
        if (signer.canSign() && !interval.isZero() && !interval.isNegative()) {
            scheduler.scheduleWithFixedDelay(this::periodically, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
