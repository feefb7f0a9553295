package uk.nhs.dma.eventstore.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest over every stream head as of a global position: SHA-256 over one line per stream that has an event
 * at or before it, in byte order of the aggregate ids: the id, the sequence of its last event at or before the
 * position and that event's recorded hash, each followed by a newline.
 */
final class HeadDigest {

    private final MessageDigest sha;
    private long streams;

    HeadDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void add(String aggregateId, long sequence, String hash) {
        sha.update((aggregateId + "\n" + sequence + "\n" + (hash == null ? "" : hash) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        streams++;
    }

    long streams() {
        return streams;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}
