package uk.nhs.dma.eventstore.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.erdtman.jcs.JsonCanonicalizer;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/**
 * RFC 8785 JSON canonicalisation (the reference implementation by the RFC's authors): keys sorted by UTF-16
 * code units, no white space, numbers in ECMAScript form (so 2.0000 is 2). Our numbers are small decimals and
 * counts, well inside what a double holds exactly enough for this form.
 */
final class Jcs {

    private static final ObjectMapper JSON = EventStoreConfiguration.STORED_MESSAGES;

    private Jcs() {
    }

    static String of(byte[] json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("not JSON", e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Canonical metadata without the hash fields, which record the hash rather than take part in it. */
    static String metadata(byte[] json) {
        try {
            if (json == null) {
                return "{}";
            }
            ObjectNode tree = (ObjectNode) JSON.readTree(json);
            tree.remove(EventHash.HASH);
            tree.remove(EventHash.PREVIOUS_HASH);
            return of(JSON.writeValueAsBytes(tree));
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException("metadata is not a JSON object", new IOException(e));
        }
    }
}
