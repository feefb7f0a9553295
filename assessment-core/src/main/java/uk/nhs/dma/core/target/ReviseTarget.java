package uk.nhs.dma.core.target;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;

/** Revises a target from a date; a null list keeps the previous value, a given one replaces it. */
public record ReviseTarget(@TargetAggregateIdentifier TargetId targetId, LocalDate effectiveFrom, String reason,
                           String source, List<Milestone> milestones, List<EprStatus> countedEprStatuses,
                           List<AssessmentStatus> countedAssessmentStatuses,
                           @TargetAggregateVersion Long expectedVersion) {

    public ReviseTarget(TargetId targetId, LocalDate effectiveFrom, String reason, String source,
                        List<Milestone> milestones, List<EprStatus> countedEprStatuses, Long expectedVersion) {
        this(targetId, effectiveFrom, reason, source, milestones, countedEprStatuses, null, expectedVersion);
    }
}
