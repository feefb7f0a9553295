package uk.nhs.dma.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the event store as auditors see it: each event with its position, time, payload and metadata. */
@Component
public class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Payloads are shown exactly as stored: decimals keep their scale. */
    private static final JsonMapper PAYLOADS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public record StoredEvent(long sequence, long globalPosition, String eventType, String recordedAt,
                              JsonNode payload, Map<String, Object> metadata) {
    }

    /** One page of a stream: events after a sequence; {@code next} reads the following page (null at the end). */
    public record Stream(String aggregateId, String aggregateType, List<StoredEvent> events, String next) {
    }

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 1000;

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} events with a sequence above {@code after} (-1: from the first); empty: no such stream. */
    public java.util.Optional<Stream> stream(String aggregateId, long after, int limit) {
        List<String> types = jdbc.queryForList("select type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number limit 1", String.class, aggregateId);
        if (types.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<StoredEvent> events = new java.util.ArrayList<>(jdbc.query("""
                select sequence_number, global_index, payload_type, time_stamp, payload, meta_data
                from domain_event_entry where aggregate_identifier = ? and sequence_number > ?
                order by sequence_number limit ?""", (rs, i) -> event(rs), aggregateId, after, limit + 1));
        String next = null;
        if (events.size() > limit) {
            events.remove(limit);
            next = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/audit/streams/{id}")
                    .queryParam("after", events.get(limit - 1).sequence()).queryParam("limit", limit)
                    .buildAndExpand(aggregateId).encode().toUriString();
        }
        return java.util.Optional.of(new Stream(aggregateId, types.get(0), events, next));
    }

    static StoredEvent event(ResultSet rs) throws SQLException {
        String type = rs.getString("payload_type");
        return new StoredEvent(rs.getLong("sequence_number"), rs.getLong("global_index"),
                type.substring(type.lastIndexOf('.') + 1), rs.getString("time_stamp"), tree(rs.getBytes("payload")),
                metadata(rs.getBytes("meta_data")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(byte[] bytes) {
        if (bytes == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(bytes, Map.class);
        } catch (IOException e) {
            return Map.of("unreadable", new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A payload that is not JSON (a damaged row) is shown as its text, so the stream can still be read. */
    private static JsonNode tree(byte[] bytes) {
        try {
            return PAYLOADS.readTree(bytes);
        } catch (RuntimeException unreadable) {
            return PAYLOADS.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
