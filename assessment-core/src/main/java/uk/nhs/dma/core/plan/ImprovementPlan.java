package uk.nhs.dma.core.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * The improvement plan of one measure of an organisation's submitted year (README "The domain"): numbered actions,
 * each PLANNED, IN_PROGRESS, DONE or DROPPED ({@link ActionStatus} says which moves are allowed), every change of
 * status with a note. Stateless checks: {@link PlanRules}.
 */
public class ImprovementPlan {

    @AggregateIdentifier
    private String planId;
    private BigDecimal score;
    /** Each action's status, by number - 1. */
    private final List<ActionStatus> actions = new ArrayList<>();

    protected ImprovementPlan() {
    }

    /** Opens the plan; a second opening of the same one is refused as any existing stream is (409 already-exists). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(OpenPlan command, SubmittedAssessments assessments) {
        PlanOpened opened = PlanRules.opened(command, assessments);
        if (planId != null) {
            throw new AggregateStreamCreationException("improvement plan " + planId + " already exists");
        }
        apply(opened);
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(AddAction command, Clock clock) {
        String description = PlanRules.description(command.description());
        String owner = PlanRules.owner(command.owner());
        LocalDate due = PlanRules.dueDate(command.dueDate(), LocalDate.now(clock));
        int target = PlanRules.targetScore(command.targetScore(), score);
        apply(new ActionAdded(command.planId(), actions.size() + 1, description, owner, due, target));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ChangeActionStatus command) {
        int action = known(command.action());
        ActionStatus to = Require.present(command.status(), "status");
        String note = PlanRules.note(command.note());
        ActionStatus from = actions.get(action - 1);
        if (!from.allows(to)) {
            throw RuleViolation.conflict("action-transition", "action " + action + " is " + from + " and cannot become "
                    + to + (from.next().isEmpty() ? ": " + from + " is final" : "; it may become " + from.next()));
        }
        apply(new ActionStatusChanged(command.planId(), action, from, to, note));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public Long handle(ReviseAction command, Clock clock) {
        int action = known(command.action());
        String description = PlanRules.description(command.description());
        String owner = PlanRules.owner(command.owner());
        LocalDate due = PlanRules.dueDate(command.dueDate(), LocalDate.now(clock));
        int target = PlanRules.targetScore(command.targetScore(), score);
        String note = PlanRules.optionalNote(command.note());
        ActionStatus status = actions.get(action - 1);
        if (!status.isOpen()) {
            throw RuleViolation.conflict("action-closed", "action " + action + " is " + status
                    + " and can no longer be revised; add a new action instead");
        }
        apply(new ActionRevised(command.planId(), action, description, owner, due, target, note));
        return AggregateLifecycle.getVersion();
    }

    private int known(Integer action) {
        int number = Require.present(action, "action");
        if (number < 1 || number > actions.size()) {
            throw RuleViolation.unknown("action", "plan " + planId + " has no action " + number
                    + (actions.isEmpty() ? "; it has none yet" : "; its actions are 1 to " + actions.size()));
        }
        return number;
    }

    @EventSourcingHandler
    void on(PlanOpened event) {
        planId = event.planId().value();
        score = event.score();
    }

    @EventSourcingHandler
    void on(ActionAdded event) {
        actions.add(ActionStatus.PLANNED);
    }

    @EventSourcingHandler
    void on(ActionStatusChanged event) {
        actions.set(event.action() - 1, event.to());
    }
}
