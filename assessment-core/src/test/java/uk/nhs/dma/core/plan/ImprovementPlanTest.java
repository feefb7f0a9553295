package uk.nhs.dma.core.plan;

import static uk.nhs.dma.core.plan.ActionStatus.DONE;
import static uk.nhs.dma.core.plan.ActionStatus.DROPPED;
import static uk.nhs.dma.core.plan.ActionStatus.IN_PROGRESS;
import static uk.nhs.dma.core.plan.ActionStatus.PLANNED;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.TestTime.YESTERDAY;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;
import static uk.nhs.dma.core.testsupport.Violations.unknown;
import static uk.nhs.dma.core.testsupport.Violations.violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.common.RuleViolation.Kind;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.testsupport.TestTime;

/** Improvement plans: only for a submitted measure below core, actions aimed above it, statuses that only move on. */
class ImprovementPlanTest {

    static final OdsCode TRUST = OdsCode.of("RJ1");
    static final PlanId PLAN = PlanId.of(TRUST, 2024, "well-led");
    static final BigDecimal CORE = new BigDecimal("3.00");
    static final BigDecimal WELL_LED = new BigDecimal("2.5000");
    static final LocalDate DUE = TODAY.plusMonths(3);
    static final PlanOpened OPENED = new PlanOpened(PLAN, TRUST, 2024, "well-led", 2, WELL_LED, CORE);
    static final ActionAdded ADDED = new ActionAdded(PLAN, 1, "Board digital strategy", "CIO", DUE, 3);

    private final Map<AssessmentId, SubmittedMeasures> submitted = new HashMap<>();
    private FixtureConfiguration<ImprovementPlan> fixture;

    @BeforeEach
    void setUp() {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        WgllMeasures.IDS.forEach(m -> measures.put(m, new BigDecimal("3.5000")));
        measures.put("well-led", WELL_LED);
        measures.put("smart-foundations", new BigDecimal("3.0000"));
        submitted.put(AssessmentId.of("RJ1-2024"), new SubmittedMeasures(2, measures, new CoreCapabilityRule(CORE, true)));
        SubmittedAssessments assessments = id -> Optional.ofNullable(submitted.get(id));
        fixture = new AggregateTestFixture<>(ImprovementPlan.class);
        fixture.registerInjectableResource(assessments);
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    @Test
    void a_measure_below_core_in_a_submitted_year_gets_a_plan_resting_on_that_revision() {
        fixture.givenNoPriorActivity()
                .when(new OpenPlan(TRUST, 2024, "well-led"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void a_measure_at_the_core_minimum_gets_no_plan() {
        fixture.givenNoPriorActivity()
                .when(new OpenPlan(TRUST, 2024, "smart-foundations"))
                .expectException(violation(Kind.INVALID, "measure-meets-core", "measureId"))
                .expectNoEvents();
    }

    @Test
    void a_year_with_no_submitted_assessment_gets_no_plan() {
        fixture.givenNoPriorActivity()
                .when(new OpenPlan(TRUST, 2023, "well-led"))
                .expectException(conflict("not-submitted"))
                .expectNoEvents();
    }

    @Test
    void a_plan_names_one_of_the_seven_measures_and_a_year() {
        fixture.givenNoPriorActivity().when(new OpenPlan(TRUST, 2024, "cyber"))
                .expectException(invalid("measureId")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new OpenPlan(TRUST, null, "well-led"))
                .expectException(invalid("year")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new OpenPlan(null, 2024, "well-led"))
                .expectException(invalid("odsCode")).expectNoEvents();
    }

    @Test
    void a_plan_is_opened_once() {
        fixture.given(OPENED)
                .when(new OpenPlan(TRUST, 2024, "well-led"))
                .expectException(AggregateStreamCreationException.class)
                .expectNoEvents();
    }

    @Test
    void an_action_is_added_as_planned_and_numbered() {
        fixture.given(OPENED, ADDED)
                .when(new AddAction(PLAN, " Train the board ", "Chief nurse", TODAY, 4, null))
                .expectEvents(new ActionAdded(PLAN, 2, "Train the board", "Chief nurse", TODAY, 4));
    }

    @ParameterizedTest(name = "target {0} is refused against a current score of 2.5")
    @CsvSource({"2", "0", "6"})
    void an_action_aims_above_the_current_score_within_one_to_five(int target) {
        fixture.given(OPENED)
                .when(new AddAction(PLAN, "Strategy", "CIO", DUE, target, null))
                .expectException(invalid("targetScore"))
                .expectNoEvents();
    }

    @Test
    void an_action_needs_a_description_an_owner_and_a_due_date_not_in_the_past() {
        fixture.given(OPENED).when(new AddAction(PLAN, " ", "CIO", DUE, 3, null))
                .expectException(invalid("description")).expectNoEvents();
        fixture.given(OPENED).when(new AddAction(PLAN, "Strategy", null, DUE, 3, null))
                .expectException(invalid("owner")).expectNoEvents();
        fixture.given(OPENED).when(new AddAction(PLAN, "Strategy", "CIO", YESTERDAY, 3, null))
                .expectException(invalid("dueDate")).expectNoEvents();
        fixture.given(OPENED).when(new AddAction(PLAN, "Strategy", "CIO", LocalDate.of(2500, 1, 1), 3, null))
                .expectException(invalid("dueDate")).expectNoEvents();
        fixture.given(OPENED).when(new AddAction(PLAN, "Strategy", "CIO", DUE, null, null))
                .expectException(invalid("targetScore")).expectNoEvents();
    }

    @Test
    void a_status_change_carries_its_note() {
        fixture.given(OPENED, ADDED)
                .when(new ChangeActionStatus(PLAN, 1, IN_PROGRESS, "Drafting started", null))
                .expectEvents(new ActionStatusChanged(PLAN, 1, PLANNED, IN_PROGRESS, "Drafting started"));
        fixture.given(OPENED, ADDED)
                .when(new ChangeActionStatus(PLAN, 1, IN_PROGRESS, "  ", null))
                .expectException(invalid("note")).expectNoEvents();
    }

    @Test
    void a_started_action_is_done_or_dropped() {
        fixture.given(OPENED, ADDED, new ActionStatusChanged(PLAN, 1, PLANNED, IN_PROGRESS, "go"))
                .when(new ChangeActionStatus(PLAN, 1, DONE, "Board approved the strategy", null))
                .expectEvents(new ActionStatusChanged(PLAN, 1, IN_PROGRESS, DONE, "Board approved the strategy"));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @CsvSource({"DONE,IN_PROGRESS", "DONE,DROPPED", "DROPPED,PLANNED", "DROPPED,DONE", "IN_PROGRESS,PLANNED",
            "IN_PROGRESS,IN_PROGRESS", "PLANNED,PLANNED"})
    void statuses_only_move_on_and_done_or_dropped_is_final(ActionStatus from, ActionStatus to) {
        fixture.given(OPENED, ADDED, reach(from))
                .when(new ChangeActionStatus(PLAN, 1, to, "a note", null))
                .expectException(conflict("action-transition"))
                .expectNoEvents();
    }

    private static Object reach(ActionStatus status) {
        return status == PLANNED ? new ActionRevised(PLAN, 1, "Board digital strategy", "CIO", DUE, 3, null)
                : new ActionStatusChanged(PLAN, 1, PLANNED, status, "moved");
    }

    @Test
    void an_unknown_action_is_named() {
        fixture.given(OPENED, ADDED)
                .when(new ChangeActionStatus(PLAN, 2, DONE, "done", null))
                .expectException(unknown("action")).expectNoEvents();
        fixture.given(OPENED, ADDED)
                .when(new ReviseAction(PLAN, 0, "Strategy", "CIO", DUE, 3, null, null))
                .expectException(unknown("action")).expectNoEvents();
    }

    @Test
    void an_open_action_is_revised_with_every_field_as_it_now_is() {
        fixture.given(OPENED, ADDED)
                .when(new ReviseAction(PLAN, 1, "Board digital strategy", "CCIO", DUE.plusMonths(1), 4, "New lead", null))
                .expectEvents(new ActionRevised(PLAN, 1, "Board digital strategy", "CCIO", DUE.plusMonths(1), 4,
                        "New lead"));
        fixture.given(OPENED, ADDED)
                .when(new ReviseAction(PLAN, 1, "Board digital strategy", "CCIO", DUE, 2, null, null))
                .expectException(invalid("targetScore")).expectNoEvents();
    }

    @Test
    void a_done_or_dropped_action_is_not_revised() {
        fixture.given(OPENED, ADDED, new ActionStatusChanged(PLAN, 1, PLANNED, DROPPED, "no budget"))
                .when(new ReviseAction(PLAN, 1, "Board digital strategy", "CCIO", DUE, 4, null, null))
                .expectException(conflict("action-closed")).expectNoEvents();
    }
}
