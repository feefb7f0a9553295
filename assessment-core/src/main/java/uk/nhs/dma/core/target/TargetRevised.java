package uk.nhs.dma.core.target;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;

/**
 * A revision in force from its date; it records the resulting milestones and counting rules in full. Events
 * stored before {@code countedAssessmentStatuses} existed lack it and read as the default (both).
 */
@JsonTypeName("TargetRevised")
public record TargetRevised(TargetId targetId, int revision, LocalDate effectiveFrom, String reason, String source,
                            List<Milestone> milestones, List<EprStatus> countedEprStatuses,
                            List<AssessmentStatus> countedAssessmentStatuses) implements TargetEvent {

    public TargetRevised {
        countedAssessmentStatuses = TargetRules.storedAssessmentStatuses(countedAssessmentStatuses);
    }

    public TargetRevised(TargetId targetId, int revision, LocalDate effectiveFrom, String reason, String source,
                         List<Milestone> milestones, List<EprStatus> countedEprStatuses) {
        this(targetId, revision, effectiveFrom, reason, source, milestones, countedEprStatuses, null);
    }

    @Override
    public <C> void dispatch(TargetEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
