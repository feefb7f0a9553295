package uk.nhs.dma.eventstore.audit;

import java.nio.charset.StandardCharsets;

/**
 * A signed statement about the event store: up to and including {@code globalPosition} it held
 * {@code eventCount} events in {@code streamCount} streams whose heads digest to {@code headsDigest} (see
 * {@link HeadDigest}). {@code signature} is the hex Ed25519 signature of {@link #signedText}.
 */
public record Checkpoint(long globalPosition, long eventCount, long streamCount, String headsDigest,
                         String createdAt, String keyId, String signature) {

    /** What is signed: these UTF-8 lines, each ending in a newline. */
    public static byte[] signedText(long globalPosition, long eventCount, long streamCount, String headsDigest,
                                    String createdAt) {
        return ("dma-checkpoint-v1\n" + globalPosition + "\n" + eventCount + "\n" + streamCount + "\n" + headsDigest
                + "\n" + createdAt + "\n").getBytes(StandardCharsets.UTF_8);
    }

    byte[] signedText() {
        return signedText(globalPosition, eventCount, streamCount, headsDigest, createdAt);
    }
}
