package uk.nhs.dma.eventstore.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.eventstore.AppendedPositions;

/**
 * Chains every aggregate's events: before they are stored, each gets {@code previousHash} and {@code hash}
 * (see {@link EventHash}, version 2, named by {@code hashVersion}) in its metadata, and the stream's head (last sequence and hash) is kept in
 * {@code audit_stream_head} in the same transaction, so an edited, removed or truncated stream shows.
 */
public class HashChainingStorageEngine implements EventStorageEngine {

    private record Head(long sequence, String hash) {
    }

    private record Stored(String aggregateId, long sequence) {
    }

    private final EventStorageEngine delegate;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;

    public HashChainingStorageEngine(EventStorageEngine delegate, Serializer serializer, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.serializer = serializer;
        this.jdbc = jdbc;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, Head> heads = storedHeads(events);
        Map<String, Head> appended = new LinkedHashMap<>();
        List<Stored> stored = new ArrayList<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain) {
                String id = domain.getAggregateIdentifier();
                Head previous = heads.get(id);
                String previousHash = previous == null ? EventHash.GENESIS : previous.hash();
                DomainEventMessage<?> versioned = domain.andMetaData(Map.of(EventHash.VERSION,
                        EventHash.CURRENT_VERSION));
                SerializedObject<byte[]> payload = versioned.serializePayload(serializer, byte[].class);
                // The same values the JDBC engine stores: a hash over anything else would not verify.
                String hash = EventHash.v2(previousHash, new EventHash.Row(id, domain.getSequenceNumber(),
                        domain.getIdentifier(), domain.getType(), payload.getType().getName(),
                        payload.getType().getRevision(), DateTimeUtils.formatInstant(domain.getTimestamp()),
                        versioned.serializeMetaData(serializer, byte[].class).getData(), payload.getData()));
                chained.add(versioned.andMetaData(Map.of(EventHash.PREVIOUS_HASH, previousHash, EventHash.HASH, hash)));
                Head head = new Head(domain.getSequenceNumber(), hash);
                heads.put(id, head);
                appended.put(id, head);
                stored.add(new Stored(id, domain.getSequenceNumber()));
            } else {
                chained.add(event);
            }
        }
        delegate.appendEvents(chained);
        if (appended.isEmpty()) {
            return;
        }
        // Every stream's new head in one statement, however many streams the append touched; the same statement
        // reads back the global positions the append took (its own rows, visible in its transaction), so that the
        // command's sender needs no further round trip for them (AppendedPositions).
        Map<String, Long> positions = new HashMap<>();
        jdbc.query("""
                with heads as (
                  insert into audit_stream_head (aggregate_identifier, last_sequence, last_hash)
                  select * from unnest(?::varchar[], ?::bigint[], ?::varchar[])
                  on conflict (aggregate_identifier) do update
                  set last_sequence = excluded.last_sequence, last_hash = excluded.last_hash
                  where audit_stream_head.last_sequence < excluded.last_sequence)
                select e.aggregate_identifier, e.sequence_number, e.global_index
                from unnest(?::varchar[], ?::bigint[]) as a(id, seq)
                join domain_event_entry e on e.aggregate_identifier = a.id and e.sequence_number = a.seq""",
                rs -> {
                    positions.put(AppendedPositions.key(rs.getString(1), rs.getLong(2)), rs.getLong(3));
                },
                appended.keySet().toArray(new String[0]),
                appended.values().stream().map(Head::sequence).toArray(Long[]::new),
                appended.values().stream().map(Head::hash).toArray(String[]::new),
                stored.stream().map(Stored::aggregateId).toArray(String[]::new),
                stored.stream().map(Stored::sequence).toArray(Long[]::new));
        AppendedPositions.keep(positions);
    }

    /** The stored heads of the streams these events go to, read in one query. */
    private Map<String, Head> storedHeads(List<? extends EventMessage<?>> events) {
        String[] ids = events.stream().filter(DomainEventMessage.class::isInstance)
                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()).distinct()
                .toArray(String[]::new);
        Map<String, Head> heads = new HashMap<>();
        if (ids.length > 0) {
            jdbc.query("select aggregate_identifier, last_sequence, last_hash from audit_stream_head"
                            + " where aggregate_identifier = any(?)",
                    rs -> {
                        heads.put(rs.getString(1), new Head(rs.getLong(2), rs.getString(3)));
                    }, (Object) ids);
        }
        return heads;
    }

    /** Not supported: snapshots are never read (see {@link #readSnapshot}), so storing one would mislead. */
    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        throw new UnsupportedOperationException("This event store keeps no snapshots");
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    /**
     * None: this service configures no snapshotter, so none is ever stored, and asking the database on every
     * aggregate load (as Axon does) would only cost a round trip per command.
     */
    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
