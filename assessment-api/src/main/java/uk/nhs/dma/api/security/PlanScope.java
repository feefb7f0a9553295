package uk.nhs.dma.api.security;

import org.springframework.stereotype.Component;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.plan.PlanId;

/**
 * The {@code plans} bean of the plan handlers' {@code @PreAuthorize} rules: a plan is its organisation's, so the
 * granted roles must cover that organisation (403 {@code out-of-scope} otherwise), as for its assessments.
 */
@Component("plans")
public class PlanScope {

    private final Access access;

    public PlanScope(Access access) {
        this.access = access;
    }

    /** A malformed id names nothing: the handler answers 404. */
    public boolean covers(String planId) {
        String odsCode;
        try {
            odsCode = PlanId.of(planId).odsCode().value();
        } catch (RuleViolation | NullPointerException malformed) {
            return true;
        }
        access.requireOrganisation(odsCode);
        return true;
    }
}
