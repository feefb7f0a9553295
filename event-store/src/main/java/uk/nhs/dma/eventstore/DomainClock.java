package uk.nhs.dma.eventstore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import uk.nhs.dma.core.common.MetaDataKeys;

/**
 * The domain's clock: the system clock, except while a command that names a simulated moment
 * ({@link MetaDataKeys#SIMULATED_AT} in its metadata, as the seeded demo history's commands do) is handled. The moment
 * travels with the command, so it holds on whichever thread handles it, the back-filled history carries the times
 * it describes, and the same seed gives the same event payloads.
 */
public final class DomainClock extends Clock {

    private final Clock system;

    public DomainClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        Instant simulated = simulated();
        return simulated != null ? simulated : system.instant();
    }

    /** The simulated moment of the command being handled, if it names one. */
    private static Instant simulated() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        Object moment = CurrentUnitOfWork.get().getMessage().getMetaData().get(MetaDataKeys.SIMULATED_AT);
        return moment == null ? null : Instant.parse(moment.toString());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DomainClock(system.withZone(zone));
    }
}
