package uk.nhs.dma.core.target;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

public record DefineTarget(@TargetAggregateIdentifier TargetId targetId, String name, Metric metric,
                           List<OrganisationType> population, List<EprStatus> countedEprStatuses,
                           List<Milestone> milestones, String source) {
}
