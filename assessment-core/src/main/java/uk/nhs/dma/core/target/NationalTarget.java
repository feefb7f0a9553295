package uk.nhs.dma.core.target;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
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
    private final Set<LocalDate> observedOn = new HashSet<>();

    protected NationalTarget() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(DefineTarget command) {
        TargetId id = Require.present(command.targetId(), "targetId");
        Metric givenMetric = Require.present(command.metric(), "metric");
        Capability capability = TargetRules.capability(givenMetric, command.capability());
        TargetDefined defined = new TargetDefined(id, Require.text(command.name(), "name", 200), givenMetric,
                TargetRules.population(givenMetric, capability, command.population()),
                TargetRules.countedEprStatuses(givenMetric, command.countedEprStatuses()),
                TargetRules.countedAssessmentStatuses(command.countedAssessmentStatuses()),
                TargetRules.milestones(command.milestones()), Require.text(command.source(), "source", 1000),
                capability, TargetRules.countedCapabilityStatuses(capability, command.countedCapabilityStatuses()));
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

    /** A REPORTED target's figure on a date; one observation per date, never on a date still to come. */
    @CommandHandler
    public Long handle(RecordObservation command, Clock clock) {
        LocalDate on = Require.date(command.observedOn(), "observedOn");
        Require.notAfter(on, LocalDate.now(clock), "observedOn");
        BigDecimal percent = TargetRules.observedPercent(command.percent());
        String source = Require.text(command.source(), "source", 1000);
        if (metric != Metric.REPORTED) {
            throw RuleViolation.conflict("not-reported", "target " + targetId + " counts organisations (" + metric
                    + "); only a REPORTED target records observations");
        }
        if (observedOn.contains(on)) {
            throw RuleViolation.conflict("observation-exists", "target " + targetId + " already has an observation on "
                    + on + ": a figure once recorded stays as published");
        }
        apply(new ObservationRecorded(TargetId.of(targetId), on, percent, source));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ObservationRecorded event) {
        observedOn.add(event.observedOn());
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
