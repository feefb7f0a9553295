package uk.nhs.dma.core.target;

import static uk.nhs.dma.core.assessment.EprStatus.DEPLOYING;
import static uk.nhs.dma.core.assessment.EprStatus.LIVE;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.MENTAL_HEALTH;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * Command lists are mostly built with Arrays.asList, as a JSON mapper gives lists that accept contains(null);
 * {@code a_target_defined_with_immutable_lists_is_accepted} pins that List.of(...) input works as well.
 */
class NationalTargetTest {

    static final TargetId EPR_COVERAGE = TargetId.of("epr-coverage");
    static final LocalDate FIRST_REVISION = LocalDate.of(2025, 1, 1);

    private FixtureConfiguration<NationalTarget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NationalTarget.class);
    }

    static Milestone milestone(String dueBy, String percent) {
        return new Milestone(LocalDate.parse(dueBy), new BigDecimal(percent));
    }

    @SafeVarargs
    static <T> List<T> list(T... values) {
        return Arrays.asList(values);
    }

    static DefineTarget define() {
        return new DefineTarget(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE, list(ACUTE, MENTAL_HEALTH), null,
                list(milestone("2025-03-31", "90"), milestone("2026-03-31", "95")), "NHS plan");
    }

    static DefineTarget define(Metric metric, List<EprStatus> counted, List<Milestone> milestones) {
        return new DefineTarget(EPR_COVERAGE, "EPR coverage", metric, list(ACUTE, MENTAL_HEALTH), counted,
                milestones, "NHS plan");
    }

    static List<Milestone> definedMilestones() {
        return List.of(milestone("2025-03-31", "90.00"), milestone("2026-03-31", "95.00"));
    }

    static TargetDefined defined() {
        return new TargetDefined(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE, List.of(ACUTE, MENTAL_HEALTH),
                List.of(LIVE), definedMilestones(), "NHS plan");
    }

    static TargetDefined definedFoundational() {
        return new TargetDefined(EPR_COVERAGE, "EPR coverage", Metric.FOUNDATIONAL, List.of(ACUTE, MENTAL_HEALTH),
                List.of(), definedMilestones(), "NHS plan");
    }

    static ReviseTarget revise(LocalDate from, List<Milestone> milestones, List<EprStatus> counted) {
        return new ReviseTarget(EPR_COVERAGE, from, "Plan refresh", "Planning guidance", milestones, counted, null);
    }

    @Nested
    class Define {

        @Test
        void defines_a_target_in_canonical_form() {
            DefineTarget messy = new DefineTarget(EPR_COVERAGE, "  EPR coverage ", Metric.EPR_LIVE,
                    list(MENTAL_HEALTH, ACUTE), null,
                    list(milestone("2026-03-31", "95"), milestone("2025-03-31", "90.0")), " NHS plan ");
            fixture.givenNoPriorActivity()
                    .when(messy)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(defined())
                    .expectResultMessagePayload(0L);
        }

        @Test
        void a_target_on_another_metric_counts_no_epr_statuses() {
            fixture.givenNoPriorActivity()
                    .when(define(Metric.FOUNDATIONAL, null, define().milestones()))
                    .expectEvents(definedFoundational());
        }

        @Test
        void an_epr_live_target_may_count_other_statuses() {
            fixture.givenNoPriorActivity()
                    .when(define(Metric.EPR_LIVE, list(LIVE, DEPLOYING), define().milestones()))
                    .expectEvents(new TargetDefined(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE,
                            List.of(ACUTE, MENTAL_HEALTH), List.of(DEPLOYING, LIVE), definedMilestones(), "NHS plan"));
        }

        @Test
        void target_id_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new DefineTarget(null, "EPR coverage", Metric.EPR_LIVE, list(ACUTE), null,
                            define().milestones(), "NHS plan"))
                    .expectNoEvents()
                    .expectException(invalid("targetId"));
        }

        @Test
        void metric_is_required() {
            fixture.givenNoPriorActivity()
                    .when(define(null, null, define().milestones()))
                    .expectNoEvents()
                    .expectException(invalid("metric"));
        }

        @Test
        void name_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new DefineTarget(EPR_COVERAGE, " ", Metric.EPR_LIVE, list(ACUTE), null,
                            define().milestones(), "NHS plan"))
                    .expectNoEvents()
                    .expectException(invalid("name"));
        }

        @Test
        void source_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new DefineTarget(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE, list(ACUTE), null,
                            define().milestones(), null))
                    .expectNoEvents()
                    .expectException(invalid("source"));
        }

        @Test
        void population_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new DefineTarget(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE, new ArrayList<>(), null,
                            define().milestones(), "NHS plan"))
                    .expectNoEvents()
                    .expectException(invalid("population"));
        }

        @Test
        void population_types_are_distinct() {
            fixture.givenNoPriorActivity()
                    .when(new DefineTarget(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE, list(ACUTE, ACUTE), null,
                            define().milestones(), "NHS plan"))
                    .expectNoEvents()
                    .expectException(invalid("population"));
        }

        @Test
        void milestones_are_required() {
            fixture.givenNoPriorActivity()
                    .when(define(Metric.EPR_LIVE, null, new ArrayList<>()))
                    .expectNoEvents()
                    .expectException(invalid("milestones"));
        }

        @Test
        void milestone_threshold_is_a_percentage() {
            fixture.givenNoPriorActivity()
                    .when(define(Metric.EPR_LIVE, null, list(milestone("2025-03-31", "101"))))
                    .expectNoEvents()
                    .expectException(invalid("milestones.thresholdPercent"));
        }

        @Test
        void counted_epr_statuses_apply_only_to_epr_live_targets() {
            fixture.givenNoPriorActivity()
                    .when(define(Metric.CORE_CAPABILITY, list(LIVE), define().milestones()))
                    .expectNoEvents()
                    .expectException(invalid("countedEprStatuses"));
        }

        @Test
        void defining_the_same_target_again_changes_nothing() {
            fixture.given(defined())
                    .when(define())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(0L);
        }

        @Test
        void the_same_content_in_another_order_or_spacing_is_the_same_target() {
            DefineTarget reordered = new DefineTarget(EPR_COVERAGE, " EPR coverage", Metric.EPR_LIVE,
                    list(MENTAL_HEALTH, ACUTE), list(LIVE),
                    list(milestone("2026-03-31", "95.000"), milestone("2025-03-31", "90")), "NHS plan ");
            fixture.given(defined())
                    .when(reordered)
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void defining_different_milestones_under_the_same_id_is_a_conflict() {
            fixture.given(defined())
                    .when(define(Metric.EPR_LIVE, null, list(milestone("2025-03-31", "80"),
                            milestone("2026-03-31", "95"))))
                    .expectNoEvents()
                    .expectException(conflict("target-already-defined"));
        }

        @Test
        void defining_a_different_metric_under_the_same_id_is_a_conflict() {
            fixture.given(defined())
                    .when(define(Metric.FOUNDATIONAL, null, define().milestones()))
                    .expectNoEvents()
                    .expectException(conflict("target-already-defined"));
        }

        @Test
        void the_original_definition_stays_a_no_op_after_a_revision() {
            fixture.given(defined(), new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance", List.of(milestone("2026-03-31", "99.00")), List.of(LIVE)))
                    .when(define())
                    .expectNoEvents()
                    .expectResultMessagePayload(1L);
        }

        @Test
        void defining_a_different_population_under_the_same_id_is_a_conflict() {
            fixture.given(defined())
                    .when(new DefineTarget(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE,
                            list(OrganisationType.values()), null, define().milestones(), "NHS plan"))
                    .expectNoEvents()
                    .expectException(conflict("target-already-defined"));
        }

        @Test
        void a_target_defined_with_immutable_lists_is_accepted() {
            fixture.givenNoPriorActivity()
                    .when(new DefineTarget(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE,
                            List.of(ACUTE, MENTAL_HEALTH), List.of(LIVE), definedMilestones(), "NHS plan"))
                    .expectEvents(defined());
        }
    }

    @Nested
    class Revise {

        @Test
        void a_revision_replaces_the_given_milestones_and_keeps_the_counting_rule() {
            fixture.given(defined())
                    .when(revise(FIRST_REVISION, list(milestone("2027-03-31", "100"), milestone("2026-03-31", "97")),
                            null))
                    .expectEvents(new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance",
                            List.of(milestone("2026-03-31", "97.00"), milestone("2027-03-31", "100.00")),
                            List.of(LIVE)))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void a_revision_omitting_everything_keeps_the_definitions_milestones_and_counting_rule() {
            fixture.given(defined())
                    .when(revise(FIRST_REVISION, null, null))
                    .expectEvents(new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance", definedMilestones(), List.of(LIVE)));
        }

        @Test
        void a_revision_replaces_the_counted_statuses_and_keeps_the_milestones() {
            fixture.given(defined())
                    .when(revise(FIRST_REVISION, null, list(LIVE, DEPLOYING)))
                    .expectEvents(new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance", definedMilestones(), List.of(DEPLOYING, LIVE)));
        }

        @Test
        void omitted_fields_are_kept_from_the_latest_revision_not_the_definition() {
            List<Milestone> revisedMilestones = List.of(milestone("2026-03-31", "99.00"));
            fixture.given(defined(), new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance", revisedMilestones, List.of(DEPLOYING, LIVE)))
                    .when(revise(FIRST_REVISION.plusDays(1), null, null))
                    .expectEvents(new TargetRevised(EPR_COVERAGE, 2, FIRST_REVISION.plusDays(1), "Plan refresh",
                            "Planning guidance", revisedMilestones, List.of(DEPLOYING, LIVE)))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void effective_date_is_required() {
            fixture.given(defined())
                    .when(revise(null, null, null))
                    .expectNoEvents()
                    .expectException(invalid("effectiveFrom"));
        }

        @Test
        void a_revision_on_the_latest_revisions_date_is_a_conflict() {
            fixture.given(defined(), new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance", definedMilestones(), List.of(LIVE)))
                    .when(revise(FIRST_REVISION, null, null))
                    .expectNoEvents()
                    .expectException(conflict("revision-before-latest"));
        }

        @Test
        void a_revision_before_the_latest_revisions_date_is_a_conflict() {
            fixture.given(defined(), new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "Plan refresh",
                            "Planning guidance", definedMilestones(), List.of(LIVE)))
                    .when(revise(FIRST_REVISION.minusDays(1), null, null))
                    .expectNoEvents()
                    .expectException(conflict("revision-before-latest"));
        }

        @Test
        void reason_is_required() {
            fixture.given(defined())
                    .when(new ReviseTarget(EPR_COVERAGE, FIRST_REVISION, " ", "Planning guidance", null, null, null))
                    .expectNoEvents()
                    .expectException(invalid("reason"));
        }

        @Test
        void source_is_required() {
            fixture.given(defined())
                    .when(new ReviseTarget(EPR_COVERAGE, FIRST_REVISION, "Plan refresh", null, null, null, null))
                    .expectNoEvents()
                    .expectException(invalid("source"));
        }

        @Test
        void an_empty_milestone_list_is_rejected_rather_than_kept() {
            fixture.given(defined())
                    .when(revise(FIRST_REVISION, new ArrayList<>(), null))
                    .expectNoEvents()
                    .expectException(invalid("milestones"));
        }

        @Test
        void revised_milestones_are_validated() {
            fixture.given(defined())
                    .when(revise(FIRST_REVISION, list(milestone("2026-03-31", "50"), milestone("2026-03-31", "60")),
                            null))
                    .expectNoEvents()
                    .expectException(invalid("milestones.dueBy"));
        }

        @Test
        void counted_statuses_cannot_be_added_to_a_target_on_another_metric() {
            fixture.given(definedFoundational())
                    .when(revise(FIRST_REVISION, null, list(LIVE)))
                    .expectNoEvents()
                    .expectException(invalid("countedEprStatuses"));
        }

        @Test
        void an_epr_live_target_cannot_be_revised_to_count_nothing() {
            fixture.given(defined())
                    .when(revise(FIRST_REVISION, null, new ArrayList<>()))
                    .expectNoEvents()
                    .expectException(invalid("countedEprStatuses"));
        }
    }
}
