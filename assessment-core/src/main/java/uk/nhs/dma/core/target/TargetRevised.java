package uk.nhs.dma.core.target;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.assessment.EprStatus;

/** A revision in force from its date; it records the resulting milestones and counting rule in full. */
public record TargetRevised(TargetId targetId, int revision, LocalDate effectiveFrom, String reason, String source,
                            List<Milestone> milestones, List<EprStatus> countedEprStatuses) {
}
