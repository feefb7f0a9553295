package uk.nhs.dma.seeds;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the seed files bundled in this module. */
final class SeedJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SeedJson() {
    }

    static JsonNode read(String resource) {
        try (InputStream in = open(resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + resource, e);
        }
    }

    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed data does not fit " + type.getSimpleName(), e);
        }
    }

    static InputStream open(String resource) {
        InputStream in = SeedJson.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing seed file " + resource);
        }
        return in;
    }
}
