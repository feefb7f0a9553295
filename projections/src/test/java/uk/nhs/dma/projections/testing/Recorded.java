package uk.nhs.dma.projections.testing;

import java.time.Instant;

/** An event as a processor receives it: the payload, its aggregate sequence number, timestamp and user. */
public record Recorded(Object payload, long sequence, Instant timestamp, String user) {

    public static final Instant DEFAULT_TIME = Instant.parse("2026-01-15T10:00:00Z");

    public static Recorded of(Object payload, long sequence) {
        return new Recorded(payload, sequence, DEFAULT_TIME, "fixture@nhs.net");
    }
}
