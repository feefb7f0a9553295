package uk.nhs.dma.core.target;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * Defines a target; null counted statuses take their defaults (EPR: LIVE; assessments: SUBMITTED and APPROVED;
 * a capability: {@link Capability#countedByDefault()}). {@code capability} is for CAPABILITY targets only.
 */
public record DefineTarget(@TargetAggregateIdentifier TargetId targetId, String name, Metric metric,
                           List<OrganisationType> population, List<EprStatus> countedEprStatuses,
                           List<AssessmentStatus> countedAssessmentStatuses, List<Milestone> milestones,
                           String source, Capability capability, List<CapabilityStatus> countedCapabilityStatuses) {

    public DefineTarget(TargetId targetId, String name, Metric metric, List<OrganisationType> population,
                        List<EprStatus> countedEprStatuses, List<AssessmentStatus> countedAssessmentStatuses,
                        List<Milestone> milestones, String source) {
        this(targetId, name, metric, population, countedEprStatuses, countedAssessmentStatuses, milestones, source,
                null, null);
    }

    public DefineTarget(TargetId targetId, String name, Metric metric, List<OrganisationType> population,
                        List<EprStatus> countedEprStatuses, List<Milestone> milestones, String source) {
        this(targetId, name, metric, population, countedEprStatuses, null, milestones, source);
    }
}
