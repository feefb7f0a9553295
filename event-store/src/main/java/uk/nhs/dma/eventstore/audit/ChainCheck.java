package uk.nhs.dma.eventstore.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.dma.eventstore.audit.Verification.Failure;

/**
 * Follows each stream's hash chain, event by event in stream order: sequences without gaps, each previousHash
 * equal to the hash before it, each hash recomputed by the version the event names. Version 1 is accepted only
 * for events stored before the first version 2 event: a later one would be a rewrite that drops what version 2
 * covers (who, when).
 */
final class ChainCheck {

    /** Called at the end of each stream with its last sequence and hash. */
    interface StreamEnd {
        void at(String aggregateId, long lastSequence, String lastHash);
    }

    private final List<Failure> failures;
    private final CheckpointCheck checkpoints;
    private final StreamEnd streamEnd;
    private final List<CheckpointCheck.Event> events = new ArrayList<>();
    /** Per stream, the global position and sequence of its latest version 1 event. */
    private final Map<String, long[]> latestV1 = new TreeMap<>();
    private long firstV2 = Long.MAX_VALUE;
    private String current;
    private long expected;
    private String previousHash = EventHash.GENESIS;

    ChainCheck(List<Failure> failures, CheckpointCheck checkpoints, StreamEnd streamEnd) {
        this.failures = failures;
        this.checkpoints = checkpoints;
        this.streamEnd = streamEnd;
    }

    void event(long globalPosition, EventHash.Row row) {
        String id = row.aggregateId();
        long sequence = row.sequence();
        if (!id.equals(current)) {
            endStream();
            current = id;
            expected = 0;
            previousHash = EventHash.GENESIS;
        }
        if (sequence != expected) {
            failures.add(new Failure(id, expected, "events " + expected + " to " + (sequence - 1) + " are missing"));
        }
        Map<String, Object> metadata = readableMetadata(row.metadata());
        String recorded = (String) metadata.get(EventHash.HASH);
        String recordedPrevious = (String) metadata.get(EventHash.PREVIOUS_HASH);
        int version = EventHash.version(metadata);
        String recomputed = version == 1 || version == 2 ? hashOrNull(version, previousHash, row) : null;
        if (version != 1 && version != 2) {
            failures.add(new Failure(id, sequence, "unknown hash version " + metadata.get(EventHash.VERSION)));
        } else if (recomputed == null) {
            failures.add(new Failure(id, sequence, "the payload or metadata is not readable JSON"));
        } else if (recordedPrevious == null || !recordedPrevious.equals(previousHash)) {
            failures.add(new Failure(id, sequence, "previousHash does not match the hash of the event before it"));
        } else if (!recomputed.equals(recorded)) {
            failures.add(new Failure(id, sequence, "hash does not match the stored event"));
        }
        if (version == 1) {
            latestV1.merge(id, new long[] {globalPosition, sequence}, (a, b) -> a[0] >= b[0] ? a : b);
        } else if (version == 2) {
            firstV2 = Math.min(firstV2, globalPosition);
        }
        previousHash = recorded == null ? recomputed : recorded;
        expected = sequence + 1;
        events.add(new CheckpointCheck.Event(globalPosition, sequence, recorded));
    }

    /** The global position of the latest version 1 event seen, or -1. */
    long latestV1() {
        return latestV1.values().stream().mapToLong(v1 -> v1[0]).max().orElse(-1);
    }

    /** A version 2 event stored at {@code globalPosition}, outside the streams this check is fed. */
    void firstV2(long globalPosition) {
        firstV2 = Math.min(firstV2, globalPosition);
    }

    void finish() {
        endStream();
        latestV1.forEach((id, v1) -> {
            if (v1[0] > firstV2) {
                failures.add(new Failure(id, v1[1], "hashed by version 1, yet stored after version 2 was in use"
                        + " (global position " + v1[0] + " > " + firstV2 + ")"));
            }
        });
    }

    private void endStream() {
        if (current != null) {
            streamEnd.at(current, expected - 1, previousHash);
            checkpoints.stream(current, events);
            events.clear();
        }
    }

    private static Map<String, Object> readableMetadata(byte[] bytes) {
        try {
            return StoredMetadata.read(bytes);
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    private static String hashOrNull(int version, String previous, EventHash.Row row) {
        try {
            return version == 2 ? EventHash.v2(previous, row)
                    : EventHash.of(previous, row.aggregateId(), row.sequence(), row.eventType(), row.payload());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
