package uk.nhs.dma.eventstore.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves the log untampered, or says where it is not: recomputes every stream's hash chain from the stored
 * bytes (each event by the hash version it names), checks each stream is complete from sequence 0 up to its
 * recorded head, checks the store against every signed checkpoint (those in the database and those given), and
 * recomputes every submitted assessment's scores and verdicts from its raw answers with its framework's rule.
 */
@Component
public class Verification {

    /** What is wrong where: a stream's event, a whole stream (no sequence), or a checkpoint (its position). */
    public record Failure(String aggregateId, Long sequence, Long checkpoint, String reason) {
        public Failure(String aggregateId, Long sequence, String reason) {
            this(aggregateId, sequence, null, reason);
        }
    }

    public record Report(boolean ok, int streams, long events, int checkpoints, String checkpointStatus,
                         List<Failure> failures) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;
    private final Semaphore running = new Semaphore(1);
    private volatile long lastRunMillis = 1000;

    public Verification(JdbcTemplate shared, TransactionTemplate transactions, Checkpoints checkpoints,
                        CheckpointSigner signer) {
        // A template of its own: PostgreSQL streams rows only with a fetch size, inside a transaction.
        this.jdbc = new JdbcTemplate(Objects.requireNonNull(shared.getDataSource()));
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    /**
     * Verifies the store against its own checkpoints and those given (e.g. an auditor's exported copy), unless a
     * verification is already running: it reads the whole store, so two at once only slow each other down.
     */
    public Optional<Report> verify(List<Checkpoint> supplied) {
        if (!running.tryAcquire()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            return Optional.of(Objects.requireNonNull(readOnly.execute(status -> run(supplied))));
        } finally {
            lastRunMillis = (System.nanoTime() - start) / 1_000_000;
            running.release();
        }
    }

    /** How long a caller turned away should wait: the length of the last run, at least a second. */
    public long retryAfterSeconds() {
        return Math.max(1, (lastRunMillis + 999) / 1000);
    }

    private Report run(List<Checkpoint> supplied) {
        List<Failure> failures = new ArrayList<>();
        CheckpointCheck checkpointCheck = new CheckpointCheck(checkpoints.all(), supplied, signer, failures);
        Rescoring rescoring = new Rescoring();
        StreamCheck streams = new StreamCheck(jdbc, checkpointCheck, failures);
        jdbc.query("""
                select global_index, aggregate_identifier, sequence_number, event_identifier, type, payload_type,
                       payload_revision, time_stamp, payload, meta_data
                from domain_event_entry order by aggregate_identifier, sequence_number""", rs -> {
            EventHash.Row row = new EventHash.Row(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(10), rs.getBytes(9));
            streams.event(rs.getLong(1), row);
            rescoring.event(row.eventType(), row.payload(), row.aggregateId(), row.sequence(), failures);
        });
        streams.finishChains();
        checkpointCheck.finish(failures);
        streams.finishHeads();
        rescoring.finish(failures);
        return new Report(failures.isEmpty(), streams.streams(), streams.events(), checkpointCheck.size(),
                signer.status(), failures);
    }
}
