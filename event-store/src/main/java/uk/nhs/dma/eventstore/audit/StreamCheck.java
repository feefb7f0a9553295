package uk.nhs.dma.eventstore.audit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.eventstore.audit.Verification.Failure;

/**
 * Checks each stream, fed its events in stream order: its hash chain ({@link ChainCheck}) and, where it ends,
 * against its recorded head in {@code audit_stream_head}; at the end, the heads of streams with no event left.
 */
final class StreamCheck {

    /** A stream's recorded head: its last sequence and that event's hash. */
    private record Head(long lastSequence, String lastHash) {
    }

    private final Map<String, Head> heads = new HashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final List<Failure> failures;
    private final ChainCheck chain;
    private long events;

    StreamCheck(JdbcTemplate jdbc, CheckpointCheck checkpoints, List<Failure> failures) {
        this(jdbc, checkpoints, failures, null);
    }

    /** Checks the stream {@code only} against its own recorded head, or every stream when it is null. */
    StreamCheck(JdbcTemplate jdbc, CheckpointCheck checkpoints, List<Failure> failures, String only) {
        this.failures = failures;
        this.chain = new ChainCheck(failures, checkpoints, this::end);
        String heads = "select aggregate_identifier, last_sequence, last_hash from audit_stream_head";
        org.springframework.jdbc.core.RowCallbackHandler head = rs -> this.heads.put(rs.getString(1),
                new Head(rs.getLong(2), rs.getString(3)));
        if (only == null) {
            jdbc.query(heads, head);
        } else {
            jdbc.query(heads + " where aggregate_identifier = ?", head, only);
        }
    }

    /** The global position of the stream's latest version 1 event, or -1 when it has none. */
    long latestV1() {
        return chain.latestV1();
    }

    /** Tells the chain check where the first version 2 event lies in the whole store (before finishing). */
    void firstV2(long globalPosition) {
        chain.firstV2(globalPosition);
    }

    void event(long globalPosition, EventHash.Row row) {
        events++;
        seen.add(row.aggregateId());
        chain.event(globalPosition, row);
    }

    /** Ends the last stream (call before the checkpoints are finished). */
    void finishChains() {
        chain.finish();
    }

    /** Reports every recorded head whose stream has no event at all. */
    void finishHeads() {
        heads.keySet().stream().filter(id -> !seen.contains(id)).sorted()
                .forEach(id -> failures.add(new Failure(id, null, "every event of this stream is missing")));
    }

    int streams() {
        return seen.size();
    }

    long events() {
        return events;
    }

    private void end(String id, long lastSequence, String lastHash) {
        Head head = heads.get(id);
        if (head == null) {
            failures.add(new Failure(id, lastSequence, "the stream has no recorded head"));
        } else if (head.lastSequence() > lastSequence) {
            failures.add(new Failure(id, lastSequence + 1, "events " + (lastSequence + 1) + " to "
                    + head.lastSequence() + " are missing from the end of the stream"));
        } else if (head.lastSequence() < lastSequence) {
            failures.add(new Failure(id, head.lastSequence() + 1, "events " + (head.lastSequence() + 1) + " to "
                    + lastSequence + " lie beyond the recorded head of the stream"));
        } else if (!head.lastHash().equals(lastHash)) {
            failures.add(new Failure(id, lastSequence, "the last event does not match the recorded head"));
        }
    }
}
