package uk.nhs.dma.projections.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.ods;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;
import static uk.nhs.dma.projections.testing.Fixtures.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.plan.ActionAdded;
import uk.nhs.dma.core.plan.ActionRevised;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.plan.ActionStatusChanged;
import uk.nhs.dma.core.plan.FindOverdueActions;
import uk.nhs.dma.core.plan.FindPlan;
import uk.nhs.dma.core.plan.FindPlannedAgainstActual;
import uk.nhs.dma.core.plan.OverdueActionsView;
import uk.nhs.dma.core.plan.PlanId;
import uk.nhs.dma.core.plan.PlanOpened;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.core.plan.PlannedAgainstActualView;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.register.HierarchyCache;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.World;

/** The plans' read model: actions as they stand and their history, planned against actual, overdue in a scope. */
class PlanQueriesTest {

    static final PlanId PLAN = PlanId.of(ods("RT1"), 2024, "well-led");
    static final LocalDate DUE = date("2025-01-31");

    private ReadModel model;
    private World world;
    private PlanQueries plans;
    private OverdueActions overdue;

    @BeforeEach
    void freshModel() {
        model = ReadModel.fresh();
        world = new World(model);
        world.region("Y61").icb("QOP", "Y61").trust("RT1", OrganisationType.ACUTE, "QOP", "2001-04-01")
                .region("Y56").icb("QMJ", "Y56").trust("RAL", OrganisationType.ACUTE, "QMJ", "2001-04-01")
                .framework(2024).framework(2025)
                .assessed("RT1", 2024, "2024-03-31", with(uniform("3.0"), "well-led", "2.0"), live("Epic", "2020-01-01"));
        world.emit(PLAN.value(), new PlanOpened(PLAN, ods("RT1"), 2024, "well-led", 1, dec("2.0000"), dec("3.00")));
        plans = new PlanQueries(model.jdbc);
        overdue = new OverdueActions(model.jdbc, new HierarchyCache(model.jdbc));
    }

    private PlanView plan(Instant knownAt) {
        return plans.handle(new FindPlan(PLAN, knownAt)).orElseThrow();
    }

    @Test
    void a_plan_shows_each_action_as_it_stands_and_every_change_and_as_it_was_known() {
        world.emit(PLAN.value(), new ActionAdded(PLAN, 1, "Digital strategy", "CIO", DUE, 3), "lead@nhs.net")
                .emit(PLAN.value(), new ActionAdded(PLAN, 2, "Board training", "Chair", DUE, 4));
        Instant beforeChanges = world.now();
        world.emit(PLAN.value(), new ActionStatusChanged(PLAN, 1, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                        "drafting"), "cio@nhs.net")
                .emit(PLAN.value(), new ActionRevised(PLAN, 2, "Board training", "CCIO", DUE.plusMonths(1), 4,
                        "new lead"));

        PlanView now = plan(null);
        assertThat(now.version()).isEqualTo(4);
        assertThat(now.score()).isEqualByComparingTo("2.0");
        assertThat(now.actions()).extracting(PlanView.Action::action, PlanView.Action::status, PlanView.Action::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ActionStatus.IN_PROGRESS, "CIO"),
                        org.assertj.core.groups.Tuple.tuple(2, ActionStatus.PLANNED, "CCIO"));
        assertThat(now.history()).extracting(PlanView.Change::change)
                .containsExactly("ADDED", "ADDED", "STATUS", "REVISED");
        assertThat(now.history().get(2)).satisfies(c -> {
            assertThat(c.from()).isEqualTo(ActionStatus.PLANNED);
            assertThat(c.to()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(c.note()).isEqualTo("drafting");
            assertThat(c.recordedBy()).isEqualTo("cio@nhs.net");
        });

        PlanView then = plan(beforeChanges);
        assertThat(then.version()).isEqualTo(2);
        assertThat(then.actions()).extracting(PlanView.Action::status)
                .containsExactly(ActionStatus.PLANNED, ActionStatus.PLANNED);
        assertThat(plans.handle(new FindPlan(PLAN, Instant.parse("2019-01-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void planned_against_actual_takes_the_highest_done_or_open_target_and_never_a_dropped_one() {
        world.emit(PLAN.value(), new ActionAdded(PLAN, 1, "Strategy", "CIO", DUE, 3))
                .emit(PLAN.value(), new ActionAdded(PLAN, 2, "Training", "Chair", DUE, 4))
                .emit(PLAN.value(), new ActionAdded(PLAN, 3, "Everything", "CEO", DUE, 5))
                .emit(PLAN.value(), new ActionStatusChanged(PLAN, 1, ActionStatus.PLANNED, ActionStatus.DONE, "done"))
                .emit(PLAN.value(), new ActionStatusChanged(PLAN, 3, ActionStatus.PLANNED, ActionStatus.DROPPED,
                        "too much"));
        PlannedAgainstActualView before = plans.handle(new FindPlannedAgainstActual(ods("RT1"), 2025, null));
        assertThat(before.submitted()).isFalse();
        PlannedAgainstActualView.Row wellLed = before.measures().get(0);
        assertThat(wellLed.measureId()).isEqualTo("well-led");
        assertThat(wellLed.plannedTarget()).isEqualTo(4);
        assertThat(wellLed.plannedFrom()).isEqualTo("OPEN");
        assertThat(wellLed.doneTarget()).isEqualTo(3);
        assertThat(wellLed.openTarget()).isEqualTo(4);
        assertThat(wellLed.droppedActions()).isEqualTo(1);
        assertThat(wellLed.actual()).isNull();
        assertThat(before.measures().get(1).planId()).isNull();

        world.assessed("RT1", 2025, "2025-03-31", with(uniform("3.0"), "well-led", "3.5"), live("Epic", "2020-01-01"));
        PlannedAgainstActualView after = plans.handle(new FindPlannedAgainstActual(ods("RT1"), 2025, null));
        assertThat(after.submitted()).isTrue();
        assertThat(after.measures().get(0).actual()).isEqualByComparingTo("3.5");
        assertThat(after.measures().get(0).met()).isFalse();
        assertThat(after.measures().get(1).actual()).isEqualByComparingTo("3.0");
        assertThat(after.measures().get(1).plannedTarget()).isNull();

        world.emit(PLAN.value(), new ActionStatusChanged(PLAN, 2, ActionStatus.PLANNED, ActionStatus.DROPPED, "no"));
        PlannedAgainstActualView dropped = plans.handle(new FindPlannedAgainstActual(ods("RT1"), 2025, null));
        assertThat(dropped.measures().get(0).plannedTarget()).isEqualTo(3);
        assertThat(dropped.measures().get(0).plannedFrom()).isEqualTo("DONE");
        assertThat(dropped.measures().get(0).met()).isTrue();
    }

    @Test
    void overdue_actions_are_open_ones_due_before_the_date_in_the_scope_and_readable() {
        PlanId other = PlanId.of(ods("RAL"), 2024, "improve-care");
        world.assessed("RAL", 2024, "2024-03-31", with(uniform("3.0"), "improve-care", "1.0"), live("Epic", "2020-01-01"))
                .emit(other.value(), new PlanOpened(other, ods("RAL"), 2024, "improve-care", 1, dec("1.0"), dec("3.00")))
                .emit(other.value(), new ActionAdded(other, 1, "=HYPERLINK(\"x\")", "CIO", date("2025-01-01"), 2))
                .emit(PLAN.value(), new ActionAdded(PLAN, 1, "Strategy", "CIO", date("2025-01-01"), 3))
                .emit(PLAN.value(), new ActionAdded(PLAN, 2, "Training", "Chair", date("2025-03-01"), 3))
                .emit(PLAN.value(), new ActionAdded(PLAN, 3, "Done already", "Chair", date("2024-12-01"), 3))
                .emit(PLAN.value(), new ActionStatusChanged(PLAN, 3, ActionStatus.PLANNED, ActionStatus.DONE, "done"));
        Instant beforeRevision = world.now();
        world.emit(PLAN.value(), new ActionRevised(PLAN, 1, "Strategy", "CIO", date("2025-06-01"), 3, "later"));

        LocalDate feb = date("2025-02-01");
        OverdueActionsView national = overdue.handle(new FindOverdueActions(Scope.NATIONAL, feb, null, null));
        assertThat(national.actions()).extracting(OverdueActionsView.Row::planId).containsExactly(other.value());
        assertThat(national.actions().get(0).daysOverdue()).isEqualTo(31);
        assertThat(national.actions().get(0).region()).isEqualTo("Y56");

        OverdueActionsView known = overdue.handle(new FindOverdueActions(Scope.NATIONAL, feb, beforeRevision, null));
        assertThat(known.actions()).extracting(OverdueActionsView.Row::odsCode).containsExactly("RAL", "RT1");

        OverdueActionsView region = overdue.handle(new FindOverdueActions(Scope.parse("REGION:Y61"), date("2025-04-01"),
                null, null));
        assertThat(region.actions()).extracting(OverdueActionsView.Row::action).containsExactly(2);
        assertThat(region.actions().get(0).icb()).isEqualTo("QOP");

        OverdueActionsView scoped = overdue.handle(new FindOverdueActions(Scope.NATIONAL, feb, beforeRevision,
                Set.of("RT1")));
        assertThat(scoped.actions()).extracting(OverdueActionsView.Row::odsCode).containsExactly("RT1");
        assertThat(scoped.withheld()).isEqualTo(1);
        assertThat(overdue.countNationally(feb)).isEqualTo(1);
    }

    @Test
    void a_replay_gives_the_same_answers() {
        world.emit(PLAN.value(), new ActionAdded(PLAN, 1, "Strategy", "CIO", DUE, 3))
                .emit(PLAN.value(), new ActionStatusChanged(PLAN, 1, ActionStatus.PLANNED, ActionStatus.DONE, "done"));
        PlanView before = plan(null);
        model.rebuild();
        assertThat(plan(null)).isEqualTo(before);
        model.log().forEach(model::redeliver);
        assertThat(plan(null)).isEqualTo(before);
    }
}
