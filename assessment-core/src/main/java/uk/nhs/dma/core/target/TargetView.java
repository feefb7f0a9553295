package uk.nhs.dma.core.target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A target as first defined, and every revision since, each with when and by whom it was recorded; for a
 * CAPABILITY target its capability and counted statuses, for a REPORTED one its observations by date.
 */
public record TargetView(String targetId, String name, Metric metric, List<OrganisationType> population,
                         List<EprStatus> countedEprStatuses, List<AssessmentStatus> countedAssessmentStatuses,
                         List<Milestone> milestones, String source, Instant definedAt, String definedBy,
                         List<Revision> revisions, long version, Capability capability,
                         List<CapabilityStatus> countedCapabilityStatuses, List<Observation> observations) {

    /** A revision as recorded; read-model rows kept before countedAssessmentStatuses existed read as both. */
    public record Revision(int revision, LocalDate effectiveFrom, String reason, String source,
                           List<Milestone> milestones, List<EprStatus> countedEprStatuses,
                           List<AssessmentStatus> countedAssessmentStatuses, Instant recordedAt,
                           String recordedBy) {

        public Revision {
            countedAssessmentStatuses = TargetRules.storedAssessmentStatuses(countedAssessmentStatuses);
        }
    }
}
