package uk.nhs.dma.eventstore;

import java.util.Map;
import java.util.Optional;

/**
 * The global positions of the events the current thread's latest append stored, as the append's own head
 * statement read them back (see {@link uk.nhs.dma.eventstore.audit.HashChainingStorageEngine}): a command sent on
 * this thread (Axon's simple command bus runs it on the caller's thread) then knows its event's position without
 * another round trip. Only the latest append is kept; the sender clears it before a command, and reads it only
 * after the command committed, so a rolled-back append is never reported.
 */
public final class AppendedPositions {

    private static final ThreadLocal<Map<String, Long>> LATEST = new ThreadLocal<>();

    private AppendedPositions() {
    }

    /** Keeps the positions of an append, keyed by {@link #key}. */
    public static void keep(Map<String, Long> positions) {
        LATEST.set(positions);
    }

    public static void clear() {
        LATEST.remove();
    }

    /** The position of the event at this sequence of the stream, if this thread's latest append stored it. */
    public static Optional<Long> of(String aggregateId, long sequence) {
        Map<String, Long> positions = LATEST.get();
        return positions == null ? Optional.empty() : Optional.ofNullable(positions.get(key(aggregateId, sequence)));
    }

    public static String key(String aggregateId, long sequence) {
        return sequence + "#" + aggregateId;
    }
}
