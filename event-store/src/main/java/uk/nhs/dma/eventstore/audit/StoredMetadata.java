package uk.nhs.dma.eventstore.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/** An event row's stored metadata as a map, read with the stored messages' mapper. */
public final class StoredMetadata {

    private static final ObjectMapper JSON = EventStoreConfiguration.STORED_MESSAGES;

    private StoredMetadata() {
    }

    /** Empty for none; a row whose metadata is not JSON (a damaged row) gives its text under "unreadable". */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(byte[] bytes) {
        if (bytes == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(bytes, Map.class);
        } catch (IOException e) {
            return Map.of("unreadable", new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
