package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.assessment.EprStatus.LIVE;
import static uk.nhs.dma.core.assessment.EprStatus.NONE;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetRevised;

/** Counting approved revisions only, the approved count, and the caller's row filter: pure target evaluation. */
class TargetEvaluationCountingTest {

    private static final List<AssessmentStatus> BOTH = List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED);
    private static final List<AssessmentStatus> APPROVED_ONLY = List.of(AssessmentStatus.APPROVED);
    private static final List<Milestone> MILESTONES = List.of(new Milestone(date("2024-06-30"), dec("50.00")),
            new Milestone(date("2025-03-31"), dec("90.00")));

    private static OrganisationFacts organisation(String code, OrganisationType type, String parent,
                                                  Map<ProgrammeStatus, java.time.LocalDate> statuses,
                                                  SubmittedRevision... submissions) {
        return new OrganisationFacts(code, "Org " + code, type, date("2000-04-01"), null,
                parent == null ? List.of() : List.of(new ParentAssignment(OdsCode.of(parent), date("2000-04-01"))),
                statuses, List.of(submissions));
    }

    private static OrganisationFacts trust(String code, SubmittedRevision... submissions) {
        return organisation(code, OrganisationType.ACUTE, "QA1", Map.of(), submissions);
    }

    private static SubmittedRevision revision(int revision, EprStatus epr, boolean foundational,
                                                         boolean approved) {
        return new SubmittedRevision(2024, revision, date("2024-03-31"), epr,
                epr == LIVE ? date("2023-01-01") : null, false, foundational, approved);
    }

    /** A: revision 1 approved (LIVE), revision 2 submitted (NONE); B: submitted (LIVE); C: approved (LIVE); D: none. */
    private static List<OrganisationFacts> register() {
        return List.of(organisation("Y1", OrganisationType.REGION, null, Map.of()),
                organisation("QA1", OrganisationType.ICB, "Y1", Map.of()),
                trust("TA", revision(1, LIVE, true, true), revision(2, NONE, false, false)),
                trust("TB", revision(1, LIVE, true, false)),
                trust("TC", revision(1, LIVE, true, true)),
                trust("TD"));
    }

    private static TargetHistory target(Metric metric, List<AssessmentStatus> counted, TargetRevised... revisions) {
        return new TargetHistory(new TargetDefined(TargetId.of("t"), "T", metric, List.of(OrganisationType.ACUTE),
                metric == Metric.EPR_LIVE ? List.of(LIVE) : List.of(), counted, MILESTONES, "plan"),
                List.of(revisions));
    }

    private static TargetProgressView evaluate(TargetHistory target, String asOf, Set<String> readable) {
        return TargetEvaluation.evaluate("t", target, register(), Scope.NATIONAL, date(asOf),
                readable == null ? code -> true : readable::contains);
    }

    private static ProgressRow row(TargetProgressView view, String code) {
        return view.organisations().stream().filter(r -> r.odsCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void by_default_the_latest_submitted_revision_counts_approved_or_not() {
        TargetProgressView view = evaluate(target(Metric.EPR_LIVE, BOTH), "2024-12-31", null);

        assertThat(view.denominator()).isEqualTo(4);
        assertThat(view.organisations()).filteredOn(ProgressRow::counted).extracting(ProgressRow::odsCode)
                .containsExactly("TB", "TC");
        assertThat(view.approved()).as("of the counted, TC rests on an approved revision").isEqualTo(1);
        assertThat(view.unknown()).isEqualTo(1);
        assertThat(row(view, "TA").revision()).isEqualTo(2);
        assertThat(row(view, "TA").approved()).isFalse();
        assertThat(row(view, "TD").approved()).isNull();
    }

    @Test
    void approved_only_counts_the_latest_approved_revision_even_when_a_later_one_awaits_approval() {
        TargetProgressView view = evaluate(target(Metric.EPR_LIVE, APPROVED_ONLY), "2024-12-31", null);

        assertThat(view.organisations()).filteredOn(ProgressRow::counted).extracting(ProgressRow::odsCode)
                .containsExactly("TA", "TC");
        assertThat(row(view, "TA").revision()).isEqualTo(1);
        assertThat(row(view, "TB").unknown()).as("submitted, never approved: no data under this rule").isTrue();
        assertThat(view.approved()).isEqualTo(2);
        assertThat(view.unknown()).isEqualTo(2);
        assertThat(view.percent()).isEqualByComparingTo("50.00");
    }

    @Test
    void the_assessment_metrics_follow_the_same_choice_of_revision() {
        assertThat(evaluate(target(Metric.FOUNDATIONAL, BOTH), "2024-12-31", null).numerator()).isEqualTo(2);
        TargetProgressView approvedOnly = evaluate(target(Metric.FOUNDATIONAL, APPROVED_ONLY), "2024-12-31", null);
        assertThat(approvedOnly.organisations()).filteredOn(ProgressRow::counted).extracting(ProgressRow::odsCode)
                .containsExactly("TA", "TC");
    }

    @Test
    void a_revision_switching_to_approved_only_applies_from_its_date_and_not_to_earlier_milestones() {
        TargetRevised stricter = new TargetRevised(TargetId.of("t"), 1, date("2025-01-01"), "approved only", "plan",
                MILESTONES, List.of(LIVE), APPROVED_ONLY);
        TargetProgressView view = evaluate(target(Metric.EPR_LIVE, BOTH, stricter), "2025-03-31", null);

        assertThat(view.organisations()).filteredOn(ProgressRow::counted).extracting(ProgressRow::odsCode)
                .containsExactly("TA", "TC");
        // mid-2024, under the original rule, TB and TC counted: 2 of 4
        assertThat(view.milestones().get(0).percentAtDueBy()).isEqualByComparingTo("50.00");
    }

    @Test
    void a_programme_status_counts_without_an_approved_assessment() {
        List<OrganisationFacts> register = List.of(organisation("Y1", OrganisationType.REGION, null, Map.of()),
                organisation("QA1", OrganisationType.ICB, "Y1", Map.of()),
                organisation("TE", OrganisationType.ACUTE, "QA1",
                        Map.of(ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, date("2020-01-01"))));
        TargetProgressView view = TargetEvaluation.evaluate("t", target(Metric.FOUNDATIONAL, APPROVED_ONLY), register,
                Scope.NATIONAL, date("2024-12-31"), code -> true);

        assertThat(view.numerator()).isEqualTo(1);
        assertThat(view.approved()).isZero();
    }

    @Test
    void rows_the_caller_may_not_read_are_in_no_figure_and_no_row_at_any_date() {
        TargetProgressView view = evaluate(target(Metric.EPR_LIVE, BOTH), "2025-03-31", Set.of("TA", "TC"));

        assertThat(view.organisations()).extracting(ProgressRow::odsCode).containsExactly("TA", "TC");
        assertThat(view.denominator()).isEqualTo(2);
        assertThat(view.withheld()).isEqualTo(2);
        assertThat(view.numerator()).isEqualTo(1);
        assertThat(view.percent()).isEqualByComparingTo("50.00");
        assertThat(view.nonCompliant()).containsExactly("TA");
        assertThat(view.milestones()).extracting(m -> m.percentAtDueBy().toPlainString()).containsExactly("50.00", "50.00");
    }
}
