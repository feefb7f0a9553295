package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.target.Observation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetSeriesView;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetRevised;

/** The one-pass quarter series answers exactly what the per-date progress evaluation answers on each date. */
class QuarterSeriesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 14);
    private static final List<Scope> SCOPES = List.of(Scope.NATIONAL, Scope.parse("REGION:Y56"),
            Scope.parse("REGION:Y61"), Scope.parse("ICB:QKK"), Scope.parse("ICB:QOP"));

    @ParameterizedTest
    @EnumSource(Metric.class)
    void every_quarter_end_equals_the_progress_answer_for_that_date(Metric metric) {
        List<OrganisationFacts> facts = register(new Random(20230331L + metric.ordinal()));
        TargetHistory target = target(metric);
        for (Scope scope : SCOPES) {
            TargetSeriesView series = QuarterSeries.evaluate("t", target, facts, scope, AS_OF);
            assertThat(series.points()).hasSize(16); // 2022-03-31 .. 2025-12-31
            for (TargetSeriesView.Point point : series.points()) {
                TargetProgressView progress = TargetEvaluation.evaluate("t", target, facts, scope, point.date());
                assertThat(point.numerator()).as("%s %s %s", metric, scope, point.date()).isEqualTo(progress.numerator());
                assertThat(point.denominator()).isEqualTo(progress.denominator());
                assertThat(point.percent()).isEqualTo(progress.percent());
                assertThat(point.revision()).isEqualTo(target.inForceOn(point.date()).revision());
            }
            if (metric == Metric.REPORTED) {
                assertThat(series.points()).extracting(TargetSeriesView.Point::percent).doesNotContainNull();
            } else {
                assertThat(series.points().stream().mapToInt(TargetSeriesView.Point::numerator).sum()).isPositive();
            }
            for (TargetSeriesView.MilestoneResult m : series.milestones()) {
                if (m.dueBy().isAfter(AS_OF)) {
                    assertThat(m.met()).isNull();
                    continue;
                }
                TargetProgressView.MilestoneProgress expected = TargetEvaluation.evaluate("t", target, facts, scope,
                        m.dueBy()).milestones().stream().filter(p -> p.dueBy().equals(m.dueBy())).findFirst().orElseThrow();
                assertThat(m.percentAtDueBy()).isEqualTo(expected.percentAtDueBy());
                assertThat(m.met()).isEqualTo(expected.met());
            }
        }
    }

    @Test
    void milestones_are_those_of_the_rule_in_force_on_their_own_date() {
        TargetSeriesView series = QuarterSeries.evaluate("t", target(Metric.EPR_LIVE), List.of(), Scope.NATIONAL, AS_OF);
        assertThat(series.milestones()).extracting(TargetSeriesView.MilestoneResult::dueBy, TargetSeriesView.MilestoneResult::revision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 3, 31), 0),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 12, 31), 0),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 31), 1));
        assertThat(series.milestones().get(2).met()).isNull();
        assertThat(QuarterSeries.quarterEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(QuarterSeries.quarterEnd(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    /** The original rule (2022 and 2023 milestones; a 2025 one that the revision replaces before it falls due). */
    private static TargetHistory target(Metric metric) {
        Capability capability = metric == Metric.CAPABILITY ? Capability.SHARED_CARE_RECORD : null;
        TargetDefined definition = new TargetDefined(TargetId.of("t"), "T", metric,
                metric == Metric.REPORTED ? List.of() : List.of(OrganisationType.ACUTE, OrganisationType.MENTAL_HEALTH),
                List.of(EprStatus.LIVE), null,
                List.of(new Milestone(LocalDate.of(2022, 3, 31), new BigDecimal("40")),
                        new Milestone(LocalDate.of(2023, 12, 31), new BigDecimal("60")),
                        new Milestone(LocalDate.of(2025, 6, 30), new BigDecimal("100"))), "s", capability,
                capability == null ? null : List.of(CapabilityStatus.IN_PLACE));
        TargetRevised revision = new TargetRevised(TargetId.of("t"), 1, LocalDate.of(2025, 4, 1), "moved", "s",
                List.of(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("100"))),
                List.of(EprStatus.LIVE, EprStatus.DEPLOYING));
        List<Observation> observations = metric != Metric.REPORTED ? List.of() : List.of(
                new Observation(LocalDate.of(2021, 11, 30), new BigDecimal("30.00"), "s", null, null),
                new Observation(LocalDate.of(2023, 12, 31), new BigDecimal("61.00"), "s", null, null),
                new Observation(LocalDate.of(2024, 8, 15), new BigDecimal("70.50"), "s", null, null));
        return new TargetHistory(definition, List.of(revision), observations);
    }

    /** Two regions, three ICBs (one moves region in 2024), 80 trusts opening, closing, moving and submitting. */
    private static List<OrganisationFacts> register(Random random) {
        List<OrganisationFacts> all = new ArrayList<>(List.of(
                org("Y56", OrganisationType.REGION, List.of()), org("Y61", OrganisationType.REGION, List.of()),
                org("QKK", OrganisationType.ICB, List.of(parent("Y56", "2022-07-01"))),
                org("QOP", OrganisationType.ICB, List.of(parent("Y61", "2022-07-01"))),
                org("QWE", OrganisationType.ICB, List.of(parent("Y61", "2022-07-01"), parent("Y56", "2024-04-01")))));
        String[] icbs = {"QKK", "QOP", "QWE"};
        OrganisationType[] types = {OrganisationType.ACUTE, OrganisationType.MENTAL_HEALTH, OrganisationType.COMMUNITY};
        for (int i = 0; i < 80; i++) {
            List<ParentAssignment> parents = new ArrayList<>(List.of(parent(icbs[random.nextInt(3)], null)));
            if (random.nextInt(5) == 0) {
                parents.add(parent(icbs[random.nextInt(3)], "2023-10-01"));
            }
            LocalDate opened = random.nextInt(8) == 0 ? LocalDate.of(2023, 5, 1) : LocalDate.of(2000, 4, 1);
            LocalDate closed = random.nextInt(10) == 0 ? LocalDate.of(2024, 9, 30) : null;
            Map<ProgrammeStatus, LocalDate> statuses = new EnumMap<>(ProgrammeStatus.class);
            if (random.nextInt(6) == 0) {
                statuses.put(ProgrammeStatus.FAST_FOLLOWER, LocalDate.of(2021 + random.nextInt(4), 6, 1));
            }
            List<SubmittedRevision> submissions = new ArrayList<>();
            for (int year = 2022; year <= 2025; year++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                int revisions = 1 + random.nextInt(2);
                for (int r = 1; r <= revisions; r++) {
                    EprStatus epr = EprStatus.values()[random.nextInt(EprStatus.values().length)];
                    LocalDate live = epr == EprStatus.LIVE ? LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1) : null;
                    submissions.add(new SubmittedRevision(year, r, LocalDate.of(year, 3, 31), epr, live,
                            random.nextBoolean(), random.nextBoolean()));
                }
            }
            List<DeclaredStatus> declarations = new ArrayList<>();
            for (int year = 2021; year <= 2025; year++) {
                if (random.nextInt(3) == 0) {
                    declarations.add(new DeclaredStatus(Capability.SHARED_CARE_RECORD,
                            CapabilityStatus.values()[random.nextInt(4)], LocalDate.of(year, 1 + random.nextInt(12), 1)));
                }
            }
            all.add(new OrganisationFacts("T%03d".formatted(i), "Trust " + i, types[random.nextInt(3)], opened, closed,
                    parents, statuses, submissions, declarations));
        }
        return all;
    }

    private static OrganisationFacts org(String code, OrganisationType type, List<ParentAssignment> parents) {
        return new OrganisationFacts(code, code, type, null, null, parents, Map.of(), List.of());
    }

    private static ParentAssignment parent(String code, String from) {
        return new ParentAssignment(OdsCode.of(code), from == null ? null : LocalDate.parse(from));
    }
}
