package uk.nhs.dma.projections.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.dma.eventstore.EventStoreConfiguration;
import java.io.UncheckedIOException;

/** JSON for the jsonb columns of the read model, written and read by the one mapper for stored data. */
public final class Json {

    private static final ObjectMapper MAPPER = EventStoreConfiguration.STORED_MESSAGES;

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        return read(json, MAPPER.getTypeFactory().constructType(type));
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return read(json, MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T read(String json, com.fasterxml.jackson.databind.JavaType type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
