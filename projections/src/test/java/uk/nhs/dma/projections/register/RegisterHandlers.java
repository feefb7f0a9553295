package uk.nhs.dma.projections.register;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.capability.CapabilityEvent;
import uk.nhs.dma.core.framework.FrameworkEvent;
import uk.nhs.dma.core.organisation.OrganisationEvent;
import uk.nhs.dma.core.target.TargetEvent;
import uk.nhs.dma.projections.testing.Recorded;

/**
 * The register projections, driven the way their processors drive them: by calling their event
 * handlers with an explicit sequence number, timestamp and user. Public so tests in other packages can use it.
 */
public final class RegisterHandlers {

    public final OrganisationProjection organisations;
    public final FrameworkProjection frameworks;
    public final TargetProjection targets;
    public final CapabilityProjection capabilities;

    public RegisterHandlers(NamedParameterJdbcTemplate jdbc) {
        this.organisations = new OrganisationProjection(jdbc);
        this.frameworks = new FrameworkProjection(jdbc);
        this.targets = new TargetProjection(jdbc);
        this.capabilities = new CapabilityProjection(jdbc);
    }

    /** Delivers the event if one of these projections handles it; says whether one did. */
    public boolean deliver(Recorded e) {
        Object p = e.payload();
        if (p instanceof OrganisationEvent x) {
            organisations.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof FrameworkEvent x) {
            frameworks.on(x, e.timestamp(), e.user());
        } else if (p instanceof TargetEvent x) {
            targets.on(x, e.sequence(), e.timestamp(), e.user());
        } else if (p instanceof CapabilityEvent x) {
            capabilities.on(x, e.sequence(), e.timestamp(), e.user());
        } else {
            return false;
        }
        return true;
    }

    /** What each processor's reset does before a replay. */
    public void reset() {
        organisations.reset();
        frameworks.reset();
        targets.reset();
        capabilities.reset();
    }
}
