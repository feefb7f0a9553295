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

    public record Stream(String aggregateId, String aggregateType, List<StoredEvent> events) {
    }

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public java.util.Optional<Stream> stream(String aggregateId) {
        List<StoredEvent> events = jdbc.query("""
                select sequence_number, global_index, payload_type, time_stamp, payload, meta_data
                from domain_event_entry where aggregate_identifier = ? order by sequence_number""",
                (rs, i) -> event(rs), aggregateId);
        if (events.isEmpty()) {
            return java.util.Optional.empty();
        }
        String type = jdbc.queryForObject("select type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number limit 1", String.class, aggregateId);
        return java.util.Optional.of(new Stream(aggregateId, type, events));
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
