package uk.nhs.dma.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one adapter onto Axon's event table ({@code domain_event_entry}) for what Axon's own API does not answer:
 * where a command's event stands in the global order, a stream as stored (for auditors), the events recorded
 * on some streams between two moments, and whether missing positions have been stored since.
 */
@Component
public class EventTable {

    private static final Logger log = LoggerFactory.getLogger(EventTable.class);

    /** One stored event, as its row holds it. */
    public record Row(long sequence, long globalPosition, String payloadType, String recordedAt, byte[] payload,
                      byte[] metadata) {

        /** The event's type without its Java package. */
        public String eventType() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }

    /** An event named by where it is and who caused it. */
    public record Reference(String aggregateId, long sequence, long globalPosition, String eventType,
                            String recordedAt, String user) {
    }

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;

    public EventTable(JdbcTemplate jdbc, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
    }

    /** The global position of the newest stored event (-1 for an empty store). */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** How many events the stream holds (0: no such stream). */
    public long length(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
    }

    public boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    /** The global position of the event at this sequence of the stream, if it is stored. */
    public Optional<Long> position(String aggregateId, long sequence) {
        return jdbc.queryForList("select global_index from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", Long.class, aggregateId, sequence).stream().findFirst();
    }

    /**
     * {@link #position} right after a command committed on this thread: the position its append read back
     * ({@link AppendedPositions}), else read from the table. A failure to read it is logged and answered with
     * nothing, because the command is stored and an error would invite a retry that stores it twice.
     */
    public Optional<Long> positionAfterCommand(String aggregateId, long version) {
        Optional<Long> appended = AppendedPositions.of(aggregateId, version);
        if (appended.isPresent()) {
            return appended;
        }
        try {
            return position(aggregateId, version);
        } catch (DataAccessException e) {
            log.warn("No event position for {} after its command: {}", aggregateId, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The aggregate type of a stream, if it exists. */
    public Optional<String> aggregateType(String aggregateId) {
        return jdbc.queryForList("select type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number limit 1", String.class, aggregateId).stream().findFirst();
    }

    /** Up to {@code limit} events of the stream with a sequence above {@code after}, in order. */
    public List<Row> stream(String aggregateId, long after, int limit) {
        return jdbc.query("""
                select sequence_number, global_index, payload_type, time_stamp, payload, meta_data
                from domain_event_entry where aggregate_identifier = ? and sequence_number > ?
                order by sequence_number limit ?""", (rs, i) -> row(rs), aggregateId, after, limit);
    }

    /**
     * The events recorded after {@code from} and up to {@code until} on the named streams and on the streams whose
     * id begins with one of the prefixes, in global order.
     */
    public List<Reference> recorded(Collection<String> aggregateIds, Collection<String> prefixes, Instant from,
                                    Instant until) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String id : aggregateIds) {
            where.add("aggregate_identifier = ?");
            args.add(id);
        }
        for (String prefix : prefixes) {
            where.add("aggregate_identifier like ?");
            args.add(prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (where.isEmpty()) {
            return List.of();
        }
        args.add(Timestamp.from(from));
        args.add(Timestamp.from(until));
        return jdbc.query("select aggregate_identifier, sequence_number, global_index, payload_type, time_stamp,"
                        + " convert_from(meta_data, 'UTF8')::jsonb->>'user' as username from domain_event_entry where ("
                        + String.join(" or ", where) + ") and cast(time_stamp as timestamptz) > ?"
                        + " and cast(time_stamp as timestamptz) <= ? order by global_index",
                (rs, i) -> new Reference(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4).substring(rs.getString(4).lastIndexOf('.') + 1), rs.getString(5),
                        rs.getString(6)), args.toArray());
    }

    /** Whether any event is stored at one of these global positions. */
    public boolean anyStoredAt(Collection<Long> positions) {
        return !positions.isEmpty() && Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1"
                + " from domain_event_entry where global_index = any(?))", Boolean.class,
                (Object) positions.toArray(new Long[0])));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("sequence_number"), rs.getLong("global_index"), rs.getString("payload_type"),
                rs.getString("time_stamp"), rs.getBytes("payload"), rs.getBytes("meta_data"));
    }
}
