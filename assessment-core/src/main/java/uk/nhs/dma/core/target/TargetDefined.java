package uk.nhs.dma.core.target;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A target as first published; it is in force until its first revision's effective date. Events stored before
 * {@code countedAssessmentStatuses} existed lack it: they counted every submitted revision, which is the default.
 * {@code capability} and {@code countedCapabilityStatuses} belong to CAPABILITY targets (null and empty otherwise,
 * and for events stored before they existed); a revision keeps them.
 */
@JsonTypeName("TargetDefined")
public record TargetDefined(TargetId targetId, String name, Metric metric, List<OrganisationType> population,
                            List<EprStatus> countedEprStatuses, List<AssessmentStatus> countedAssessmentStatuses,
                            List<Milestone> milestones, String source, Capability capability,
                            List<CapabilityStatus> countedCapabilityStatuses) implements TargetEvent {

    public TargetDefined {
        countedAssessmentStatuses = TargetRules.storedAssessmentStatuses(countedAssessmentStatuses);
        countedCapabilityStatuses = countedCapabilityStatuses == null ? List.of() : List.copyOf(countedCapabilityStatuses);
    }

    public TargetDefined(TargetId targetId, String name, Metric metric, List<OrganisationType> population,
                         List<EprStatus> countedEprStatuses, List<AssessmentStatus> countedAssessmentStatuses,
                         List<Milestone> milestones, String source) {
        this(targetId, name, metric, population, countedEprStatuses, countedAssessmentStatuses, milestones, source,
                null, null);
    }

    public TargetDefined(TargetId targetId, String name, Metric metric, List<OrganisationType> population,
                         List<EprStatus> countedEprStatuses, List<Milestone> milestones, String source) {
        this(targetId, name, metric, population, countedEprStatuses, null, milestones, source);
    }

    @Override
    public <C> void dispatch(TargetEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
