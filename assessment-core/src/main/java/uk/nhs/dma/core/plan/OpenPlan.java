package uk.nhs.dma.core.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.OdsCode;

/** Opens the improvement plan of a measure of an organisation's submitted year. */
public record OpenPlan(OdsCode odsCode, Integer year, String measureId) {

    /** The plan's stream; none when a part is missing or malformed, which the handler then refuses by name. */
    @TargetAggregateIdentifier
    public String planId() {
        try {
            return PlanRules.planId(odsCode, year, measureId).value();
        } catch (RuleViolation malformed) {
            return null;
        }
    }
}
