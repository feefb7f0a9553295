package uk.nhs.dma.projections.support;

import java.time.Instant;

/**
 * What a processor knows of an event besides its payload: its aggregate sequence number, the time it was
 * recorded and the user who caused it (null where a projection does not need them).
 */
public record Stamp(long sequence, Instant at, String user) {
}
