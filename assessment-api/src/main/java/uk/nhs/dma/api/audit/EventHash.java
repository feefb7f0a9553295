package uk.nhs.dma.api.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The tamper-evidence hash of a stored event: SHA-256 over the previous event's hash (64 zeros for the first
 * event of a stream), the aggregate id, the sequence number, the event type and the canonical payload, joined by
 * newlines. Canonical JSON has object keys sorted and no insignificant white space; numbers keep their written
 * scale, so the stored bytes always give the same text.
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";

    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private EventHash() {
    }

    public static String of(String previousHash, String aggregateId, long sequence, String eventType, byte[] payload) {
        String text = previousHash + "\n" + aggregateId + "\n" + sequence + "\n" + eventType + "\n" + canonical(payload);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(byte[] json) {
        try {
            StringBuilder out = new StringBuilder();
            write(READER.readTree(json), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("payload is not JSON", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(READER.writeValueAsString(names.get(i))).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toPlainString());
        } else {
            out.append(READER.writeValueAsString(node));
        }
    }
}
