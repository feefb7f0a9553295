package uk.nhs.dma.core.target;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * A national target with its history. A revision never edits the definition: it is a new fact, in force from
 * its date, so a milestone is always judged by the rule that was in force on its own date.
 */
public class NationalTarget {

    @AggregateIdentifier
    private String targetId;
    private TargetDefined definition;
    private Metric metric;
    private int revisions;
    private LocalDate lastEffectiveFrom;
    private List<Milestone> milestones;
    private List<EprStatus> countedEprStatuses;
    private List<AssessmentStatus> countedAssessmentStatuses;

    protected NationalTarget() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(DefineTarget command) {
        TargetId id = Require.present(command.targetId(), "targetId");
        Metric givenMetric = Require.present(command.metric(), "metric");
        TargetDefined defined = new TargetDefined(id, Require.text(command.name(), "name", 200), givenMetric,
                TargetRules.population(command.population()),
                TargetRules.countedEprStatuses(givenMetric, command.countedEprStatuses()),
                TargetRules.countedAssessmentStatuses(command.countedAssessmentStatuses()),
                TargetRules.milestones(command.milestones()), Require.text(command.source(), "source", 1000));
        if (definition == null) {
            apply(defined);
        } else if (!definition.equals(defined)) {
            throw RuleViolation.conflict("target-already-defined",
                    "target " + targetId + " is defined differently; record a revision instead");
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ReviseTarget command) {
        LocalDate from = Require.date(command.effectiveFrom(), "effectiveFrom");
        if (lastEffectiveFrom != null && !from.isAfter(lastEffectiveFrom)) {
            throw RuleViolation.conflict("revision-before-latest", "effectiveFrom " + from
                    + " must be after the latest revision's date " + lastEffectiveFrom);
        }
        String reason = Require.text(command.reason(), "reason", 2000);
        String source = Require.text(command.source(), "source", 1000);
        List<Milestone> newMilestones = command.milestones() == null
                ? milestones : TargetRules.milestones(command.milestones());
        List<EprStatus> newCounted = command.countedEprStatuses() == null
                ? countedEprStatuses : TargetRules.countedEprStatuses(metric, command.countedEprStatuses());
        List<AssessmentStatus> newAssessmentStatuses = command.countedAssessmentStatuses() == null
                ? countedAssessmentStatuses : TargetRules.countedAssessmentStatuses(command.countedAssessmentStatuses());
        apply(new TargetRevised(TargetId.of(targetId), revisions + 1, from, reason, source, newMilestones, newCounted,
                newAssessmentStatuses));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(TargetDefined event) {
        targetId = event.targetId().value();
        definition = event;
        metric = event.metric();
        milestones = event.milestones();
        countedEprStatuses = event.countedEprStatuses();
        countedAssessmentStatuses = event.countedAssessmentStatuses();
    }

    @EventSourcingHandler
    void on(TargetRevised event) {
        revisions = event.revision();
        lastEffectiveFrom = event.effectiveFrom();
        milestones = event.milestones();
        countedEprStatuses = event.countedEprStatuses();
        countedAssessmentStatuses = event.countedAssessmentStatuses();
    }
}
