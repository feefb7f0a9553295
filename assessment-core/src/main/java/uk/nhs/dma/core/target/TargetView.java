package uk.nhs.dma.core.target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/** A target as first defined, and every revision since, each with when and by whom it was recorded. */
public record TargetView(String targetId, String name, Metric metric, List<OrganisationType> population,
                         List<EprStatus> countedEprStatuses, List<Milestone> milestones, String source,
                         Instant definedAt, String definedBy, List<Revision> revisions, long version) {

    public record Revision(int revision, LocalDate effectiveFrom, String reason, String source,
                           List<Milestone> milestones, List<EprStatus> countedEprStatuses, Instant recordedAt,
                           String recordedBy) {
    }
}
