package uk.nhs.dma.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.assessment.AssessmentStatus.APPROVED;
import static uk.nhs.dma.core.assessment.AssessmentStatus.DRAFT;
import static uk.nhs.dma.core.assessment.AssessmentStatus.SUBMITTED;
import static uk.nhs.dma.core.target.NationalTargetTest.EPR_COVERAGE;
import static uk.nhs.dma.core.target.NationalTargetTest.FIRST_REVISION;
import static uk.nhs.dma.core.target.NationalTargetTest.define;
import static uk.nhs.dma.core.target.NationalTargetTest.defined;
import static uk.nhs.dma.core.target.NationalTargetTest.definedMilestones;
import static uk.nhs.dma.core.target.NationalTargetTest.list;
import static uk.nhs.dma.core.testsupport.Violations.assertViolation;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.common.RuleViolation.Kind;

/** Whether a target counts every submitted revision or only approved ones ({@code countedAssessmentStatuses}). */
class CountedAssessmentStatusesTest {

    private FixtureConfiguration<NationalTarget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NationalTarget.class);
    }

    static DefineTarget defineCounting(List<AssessmentStatus> counted) {
        DefineTarget d = define();
        return new DefineTarget(d.targetId(), d.name(), d.metric(), d.population(), d.countedEprStatuses(), counted,
                d.milestones(), d.source());
    }

    static TargetDefined definedCounting(List<AssessmentStatus> counted) {
        TargetDefined d = defined();
        return new TargetDefined(d.targetId(), d.name(), d.metric(), d.population(), d.countedEprStatuses(), counted,
                d.milestones(), d.source());
    }

    static ReviseTarget reviseCounting(List<AssessmentStatus> counted) {
        return new ReviseTarget(EPR_COVERAGE, FIRST_REVISION, "Plan refresh", "Planning guidance", null, null, counted,
                null);
    }

    static TargetRevised revisedCounting(int revision, List<AssessmentStatus> counted) {
        return new TargetRevised(EPR_COVERAGE, revision, FIRST_REVISION.plusDays(revision - 1), "Plan refresh",
                "Planning guidance", definedMilestones(), List.of(EprStatus.LIVE), counted);
    }

    @Test
    void by_default_a_target_counts_submitted_and_approved_revisions() {
        fixture.givenNoPriorActivity()
                .when(define())
                .expectEvents(definedCounting(List.of(SUBMITTED, APPROVED)));
    }

    @Test
    void a_target_may_count_approved_revisions_only() {
        fixture.givenNoPriorActivity()
                .when(defineCounting(list(APPROVED)))
                .expectEvents(definedCounting(List.of(APPROVED)));
    }

    @Test
    void the_statuses_are_kept_in_canonical_order() {
        fixture.givenNoPriorActivity()
                .when(defineCounting(list(APPROVED, SUBMITTED)))
                .expectEvents(definedCounting(List.of(SUBMITTED, APPROVED)));
    }

    @Test
    void submitted_without_approved_draft_empty_or_repeated_statuses_are_refused() {
        for (List<AssessmentStatus> wrong : List.of(list(SUBMITTED), list(DRAFT, APPROVED), List.<AssessmentStatus>of(),
                list(APPROVED, APPROVED), list(APPROVED, null))) {
            fixture.givenNoPriorActivity()
                    .when(defineCounting(wrong))
                    .expectNoEvents()
                    .expectException(invalid("countedAssessmentStatuses"));
        }
    }

    @Test
    void an_event_stored_before_the_field_existed_reads_as_counting_both_and_the_same_definition_is_a_no_op() {
        TargetDefined old = new TargetDefined(EPR_COVERAGE, "EPR coverage", Metric.EPR_LIVE, defined().population(),
                List.of(EprStatus.LIVE), null, definedMilestones(), "NHS plan");
        assertThat(old.countedAssessmentStatuses()).containsExactly(SUBMITTED, APPROVED);
        fixture.given(old)
                .when(define())
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void defining_the_same_target_to_count_approved_only_is_a_conflict() {
        fixture.given(defined())
                .when(defineCounting(list(APPROVED)))
                .expectNoEvents()
                .expectException(conflict("target-already-defined"));
    }

    @Test
    void a_revision_may_switch_to_approved_only() {
        fixture.given(defined())
                .when(reviseCounting(list(APPROVED)))
                .expectEvents(revisedCounting(1, List.of(APPROVED)));
    }

    @Test
    void a_revision_omitting_the_statuses_keeps_the_latest_ones() {
        fixture.given(defined(), revisedCounting(1, List.of(APPROVED)))
                .when(new ReviseTarget(EPR_COVERAGE, FIRST_REVISION.plusDays(1), "Plan refresh", "Planning guidance",
                        null, null, null))
                .expectEvents(revisedCounting(2, List.of(APPROVED)));
    }

    @Test
    void a_revision_stored_before_the_field_existed_reads_as_counting_both() {
        TargetRevised old = new TargetRevised(EPR_COVERAGE, 1, FIRST_REVISION, "r", "s", definedMilestones(),
                List.of(EprStatus.LIVE));
        assertThat(old.countedAssessmentStatuses()).containsExactly(SUBMITTED, APPROVED);
    }

    @Test
    void a_revision_with_a_wrong_list_is_refused() {
        fixture.given(defined())
                .when(reviseCounting(list(SUBMITTED)))
                .expectNoEvents()
                .expectException(invalid("countedAssessmentStatuses"));
    }

    @Test
    void the_pure_rule() {
        assertThat(TargetRules.countedAssessmentStatuses(null)).containsExactly(SUBMITTED, APPROVED);
        assertThat(TargetRules.countedAssessmentStatuses(list(APPROVED))).containsExactly(APPROVED);
        assertViolation(() -> TargetRules.countedAssessmentStatuses(list(SUBMITTED)), Kind.INVALID,
                "invalid-countedAssessmentStatuses");
        assertThat(TargetRules.approvedOnly(List.of(APPROVED))).isTrue();
        assertThat(TargetRules.approvedOnly(List.of(SUBMITTED, APPROVED))).isFalse();
    }
}
