package uk.nhs.dma.api.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The domain's clock: the system clock, except while a seeded demo command runs "at" its simulated moment
 * (the command bus runs handlers on the sending thread), so the back-filled history carries the times it
 * describes and the same seed gives the same event payloads.
 */
public final class DomainClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> simulated;

    public DomainClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private DomainClock(Clock system, ThreadLocal<Instant> simulated) {
        this.system = system;
        this.simulated = simulated;
    }

    public <T> T at(Instant moment, Supplier<T> work) {
        if (moment == null) {
            return work.get();
        }
        Instant previous = simulated.get();
        simulated.set(moment);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                simulated.remove();
            } else {
                simulated.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = simulated.get();
        return moment != null ? moment : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DomainClock(system.withZone(zone), simulated);
    }
}
