package uk.nhs.dma.projections.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.core.plan.PlannedAgainstActualView.Row;

/**
 * The planned target of a measure, pure: the highest target among the actions DONE or still open; DROPPED actions
 * plan nothing. Which of them reach it is said, so a target resting only on open actions reads as a promise.
 */
final class PlannedAgainstActual {

    private PlannedAgainstActual() {
    }

    static Row row(String measureId, PlanQueries.Plan plan, BigDecimal actual) {
        if (plan == null) {
            return new Row(measureId, null, null, null, null, null, null, 0, 0, 0, actual, null);
        }
        List<PlanView.Action> actions = plan.actions();
        Optional<Integer> done = highest(actions, true);
        Optional<Integer> open = highest(actions, false);
        Integer planned = done.isPresent() && open.isPresent() ? Math.max(done.get(), open.get())
                : done.or(() -> open).orElse(null);
        String from = planned == null ? null
                : done.filter(planned::equals).isPresent() && open.filter(planned::equals).isPresent() ? "DONE_AND_OPEN"
                : done.filter(planned::equals).isPresent() ? "DONE" : "OPEN";
        Boolean met = planned == null || actual == null ? null : actual.compareTo(BigDecimal.valueOf(planned)) >= 0;
        return new Row(measureId, plan.planId(), plan.baseline(), planned, from, done.orElse(null), open.orElse(null),
                count(actions, ActionStatus.DONE), (int) actions.stream().filter(a -> a.status().isOpen()).count(),
                count(actions, ActionStatus.DROPPED), actual, met);
    }

    private static Optional<Integer> highest(List<PlanView.Action> actions, boolean done) {
        return actions.stream().filter(a -> done ? a.status() == ActionStatus.DONE : a.status().isOpen())
                .map(PlanView.Action::targetScore).max(Integer::compare);
    }

    private static int count(List<PlanView.Action> actions, ActionStatus status) {
        return (int) actions.stream().filter(a -> a.status() == status).count();
    }
}
