package uk.nhs.dma.api.faults;

/**
 * How big a fault run is: the tests' defaults fit CI; bench/faults.sh raises them with system properties
 * ({@code -Dfaults.clients}, {@code -Dfaults.commands}, {@code -Dfaults.outage-seconds}).
 */
final class FaultSize {

    /** Concurrent HTTP clients sending commands. */
    static final int CLIENTS = Integer.getInteger("faults.clients", 8);
    /** Commands acknowledged before the fault is injected. */
    static final int COMMANDS = Integer.getInteger("faults.commands", 200);
    /** The longest a load phase may take to reach its commands; on a starved machine the fault comes sooner. */
    static final java.time.Duration LOAD_LIMIT = java.time.Duration.ofSeconds(Integer.getInteger("faults.load-seconds",
            240));
    /** Seconds the database stays down. */
    static final int OUTAGE_SECONDS = Integer.getInteger("faults.outage-seconds", 8);

    private FaultSize() {
    }
}
