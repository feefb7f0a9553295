package uk.nhs.dma.eventstore.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/**
 * The tamper-evidence hash of a stored event, in two versions named by the metadata field {@code hashVersion}.
 * <ul>
 * <li>Version 2 (every event stored since it was introduced): SHA-256 over the UTF-8 lines {@code dma-hash-v2},
 * the previous event's hash (64 zeros for a stream's first event), the aggregate id, the sequence number, the
 * event id, the aggregate type, the event type, the payload revision (empty when none), the stored timestamp
 * exactly as stored, the metadata without {@code hash} and {@code previousHash}, and the payload, both JSON
 * canonicalised by RFC 8785 (JCS), each line ending in a newline. So who recorded an event, when, and on which
 * aggregate are covered as well as what.</li>
 * <li>Version 1 (events stored before, which carry no {@code hashVersion}): the previous hash, the aggregate id,
 * the sequence, the event type and the payload with keys sorted and numbers as written, joined by newlines.</li>
 * </ul>
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String VERSION = "hashVersion";
    public static final int CURRENT_VERSION = 2;

    /** Every stored column of an event row that version 2 covers (all but the global index). */
    public record Row(String aggregateId, long sequence, String eventId, String aggregateType, String eventType,
                      String payloadRevision, String timestamp, byte[] metadata, byte[] payload) {
    }

    /** The stored messages' mapper, reading decimals exactly as stored. */
    private static final ObjectMapper WRITER = EventStoreConfiguration.STORED_MESSAGES;
    private static final ObjectReader READER = WRITER.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private EventHash() {
    }

    /** Version 1, kept to verify the events stored before version 2. */
    public static String of(String previousHash, String aggregateId, long sequence, String eventType, byte[] payload) {
        return sha256(previousHash + "\n" + aggregateId + "\n" + sequence + "\n" + eventType + "\n"
                + canonical(payload));
    }

    /** Version 2: the row's metadata may hold the hash fields already; they are left out of what is hashed. */
    public static String v2(String previousHash, Row row) {
        StringBuilder text = new StringBuilder("dma-hash-v2\n");
        for (Object line : new Object[] {previousHash, row.aggregateId(), row.sequence(), row.eventId(),
                nullToEmpty(row.aggregateType()), row.eventType(), nullToEmpty(row.payloadRevision()),
                row.timestamp(), Jcs.metadata(row.metadata()), Jcs.of(row.payload())}) {
            text.append(line).append('\n');
        }
        return sha256(text.toString());
    }

    /** The hash version an event's metadata names: 1 when it names none. */
    public static int version(java.util.Map<String, Object> metadata) {
        Object version = metadata.get(VERSION);
        if (version == null) {
            return 1;
        }
        return version instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : -1;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
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
                out.append(WRITER.writeValueAsString(names.get(i))).append(':');
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
            out.append(WRITER.writeValueAsString(node));
        }
    }
}
