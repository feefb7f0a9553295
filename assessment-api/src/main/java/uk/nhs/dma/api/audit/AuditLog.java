package uk.nhs.dma.api.audit;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.dma.eventstore.EventTable;
import uk.nhs.dma.eventstore.audit.StoredMetadata;

/** Reads the event store as auditors see it: each event with its position, time, payload and metadata. */
@Component
public class AuditLog {

    /** Payloads are shown (over HTTP, so on Jackson 3) exactly as stored: decimals keep their scale. */
    static final JsonMapper PAYLOADS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public record StoredEvent(long sequence, long globalPosition, String eventType, String recordedAt,
                              JsonNode payload, Map<String, Object> metadata) {
    }

    /** One page of a stream: events after a sequence; {@code next} reads the following page (null at the end). */
    public record Stream(String aggregateId, String aggregateType, List<StoredEvent> events, String next) {
    }

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 1000;

    private final EventTable table;

    public AuditLog(EventTable table) {
        this.table = table;
    }

    /** Up to {@code limit} events with a sequence above {@code after} (-1: from the first); empty: no such stream. */
    public java.util.Optional<Stream> stream(String aggregateId, long after, int limit) {
        java.util.Optional<String> type = table.aggregateType(aggregateId);
        if (type.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<StoredEvent> events = new java.util.ArrayList<>(table.stream(aggregateId, after, limit + 1).stream()
                .map(AuditLog::event).toList());
        String next = null;
        if (events.size() > limit) {
            events.remove(limit);
            next = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/audit/streams/{id}")
                    .queryParam("after", events.get(limit - 1).sequence()).queryParam("limit", limit)
                    .buildAndExpand(aggregateId).encode().toUriString();
        }
        return java.util.Optional.of(new Stream(aggregateId, type.get(), events, next));
    }

    static StoredEvent event(EventTable.Row row) {
        return new StoredEvent(row.sequence(), row.globalPosition(), row.eventType(), row.recordedAt(),
                tree(row.payload()), StoredMetadata.read(row.metadata()));
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
