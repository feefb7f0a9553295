package uk.nhs.dma.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.target.Metric;

/** Whether one organisation counts on a date, under the rule in force then. */
class TargetCountingTest {

    private static final LocalDate D = LocalDate.of(2024, 6, 30);
    private static final TargetCounting.Rule EPR = new TargetCounting.Rule(Metric.EPR_LIVE, List.of(EprStatus.LIVE), false);
    private static final TargetCounting.Rule FOUNDATIONAL = new TargetCounting.Rule(Metric.FOUNDATIONAL, List.of(), false);
    private static final TargetCounting.Rule CORE = new TargetCounting.Rule(Metric.CORE_CAPABILITY, List.of(), false);

    private static SubmittedRevision revision(int year, int revision, EprStatus epr, LocalDate liveSince,
                                              boolean core, boolean foundational, boolean approved) {
        return new SubmittedRevision(year, revision, LocalDate.of(year, 3, 31), epr, liveSince, core, foundational,
                approved);
    }

    private static CountingFacts facts(SubmittedRevision... revisions) {
        return new CountingFacts(List.of(revisions), Map.of());
    }

    @Test
    void with_nothing_to_judge_by_an_organisation_does_not_count_and_is_unknown() {
        for (TargetCounting.Rule rule : List.of(EPR, FOUNDATIONAL, CORE)) {
            assertThat(TargetCounting.verdict(rule, facts(), D))
                    .isEqualTo(new TargetCounting.Verdict(false, true, null, null));
        }
    }

    @Test
    void a_live_epr_counts_only_from_its_go_live_date() {
        SubmittedRevision live = revision(2024, 1, EprStatus.LIVE, D, false, false, false);
        assertThat(TargetCounting.verdict(EPR, facts(live), D).counted()).isTrue();
        assertThat(TargetCounting.verdict(EPR, facts(live), D.minusDays(1)).counted()).isFalse();
    }

    @Test
    void only_the_latest_revision_of_a_year_counts_and_with_approved_only_the_latest_approved() {
        SubmittedRevision approved = revision(2024, 1, EprStatus.LIVE, D.minusYears(1), false, false, true);
        SubmittedRevision pending = revision(2024, 2, EprStatus.NONE, null, false, false, false);
        assertThat(TargetCounting.verdict(EPR, facts(approved, pending), D).revision()).isEqualTo(pending);
        TargetCounting.Rule approvedOnly = new TargetCounting.Rule(Metric.EPR_LIVE, List.of(EprStatus.LIVE), true);
        assertThat(TargetCounting.verdict(approvedOnly, facts(approved, pending), D))
                .isEqualTo(new TargetCounting.Verdict(true, false, approved, null));
    }

    @Test
    void capability_counts_the_latest_assessment_dated_by_the_date() {
        SubmittedRevision y2023 = revision(2023, 1, EprStatus.LIVE, null, true, true, false);
        SubmittedRevision y2025 = revision(2025, 1, EprStatus.LIVE, null, false, false, false);
        assertThat(TargetCounting.verdict(CORE, facts(y2023, y2025), D))
                .isEqualTo(new TargetCounting.Verdict(true, false, y2023, null));
        assertThat(TargetCounting.verdict(CORE, facts(y2023, y2025), LocalDate.of(2025, 3, 31)).counted()).isFalse();
    }

    @Test
    void a_programme_status_awarded_by_the_date_counts_as_foundational() {
        CountingFacts exemplar = new CountingFacts(List.of(),
                Map.of(ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, D, ProgrammeStatus.FAST_FOLLOWER, D.plusDays(1)));
        assertThat(TargetCounting.verdict(FOUNDATIONAL, exemplar, D))
                .isEqualTo(new TargetCounting.Verdict(true, false, null, ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR));
        assertThat(TargetCounting.verdict(FOUNDATIONAL, exemplar, D.minusDays(1)))
                .isEqualTo(new TargetCounting.Verdict(false, true, null, null));
    }

    @Test
    void a_capability_counts_the_declaration_in_force_on_the_date() {
        TargetCounting.Rule dspt = new TargetCounting.Rule(Metric.CAPABILITY, List.of(), false, Capability.DSPT_STANDARD,
                List.of(CapabilityStatus.MET, CapabilityStatus.EXCEEDED));
        DeclaredStatus approaching = new DeclaredStatus(Capability.DSPT_STANDARD, CapabilityStatus.APPROACHING,
                LocalDate.of(2022, 6, 30));
        DeclaredStatus met = new DeclaredStatus(Capability.DSPT_STANDARD, CapabilityStatus.MET, LocalDate.of(2024, 6, 30));
        DeclaredStatus other = new DeclaredStatus(Capability.SHARED_CARE_RECORD, CapabilityStatus.IN_PLACE,
                LocalDate.of(2020, 1, 1));
        CountingFacts facts = new CountingFacts(List.of(), Map.of(), List.of(met, approaching, other));

        assertThat(TargetCounting.verdict(dspt, facts, LocalDate.of(2022, 6, 29)))
                .isEqualTo(new TargetCounting.Verdict(false, true, null, null, null));
        assertThat(TargetCounting.verdict(dspt, facts, LocalDate.of(2024, 6, 29)))
                .isEqualTo(new TargetCounting.Verdict(false, false, null, null, approaching));
        assertThat(TargetCounting.verdict(dspt, facts, D))
                .isEqualTo(new TargetCounting.Verdict(true, false, null, null, met));
    }
}
