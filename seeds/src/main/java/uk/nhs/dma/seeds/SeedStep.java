package uk.nhs.dma.seeds;

import java.time.Instant;

/**
 * One command of a seed plan, sent as {@code user}. {@code at} is the simulated moment of a demo-history
 * command (the domain's clock reads it while the command runs); null means "now". Each step records exactly
 * one event on its aggregate, which is what makes a plan resumable and idempotent.
 */
public record SeedStep(String aggregateId, Object command, String user, Instant at) {
}
