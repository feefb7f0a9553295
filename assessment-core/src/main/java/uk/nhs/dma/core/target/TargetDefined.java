package uk.nhs.dma.core.target;

import java.util.List;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/** A target as first published; it is in force until its first revision's effective date. */
public record TargetDefined(TargetId targetId, String name, Metric metric, List<OrganisationType> population,
                            List<EprStatus> countedEprStatuses, List<Milestone> milestones, String source) {
}
