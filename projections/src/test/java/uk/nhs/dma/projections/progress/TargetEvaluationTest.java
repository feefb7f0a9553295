package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.assessment.EprStatus.DEPLOYING;
import static uk.nhs.dma.core.assessment.EprStatus.LIVE;
import static uk.nhs.dma.core.assessment.EprStatus.NONE;
import static uk.nhs.dma.core.assessment.EprStatus.PROCURING;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.MilestoneProgress;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetRevised;

class TargetEvaluationTest {

    // ---- the register: two regions, three ICBs -------------------------------------------------------------

    private static final OrganisationFacts NORTH = org("Y61", OrganisationType.REGION, null, null, List.of());
    private static final OrganisationFacts SOUTH = org("Y56", OrganisationType.REGION, null, null, List.of());
    private static final OrganisationFacts ICB_A = org("QOP", OrganisationType.ICB, date("2022-07-01"), null,
            List.of(parent("Y61", "2022-07-01")));
    private static final OrganisationFacts ICB_B = org("QKK", OrganisationType.ICB, date("2022-07-01"), null,
            List.of(parent("Y56", "2022-07-01")));

    private static OrganisationFacts org(String code, OrganisationType type, LocalDate opened, LocalDate closed,
                                         List<ParentAssignment> parents) {
        return new OrganisationFacts(code, "Org " + code, type, opened, closed, parents, Map.of(), List.of());
    }

    private static ParentAssignment parent(String code, String from) {
        return new ParentAssignment(OdsCode.of(code), from == null ? null : date(from));
    }

    private static Trust trust(String code) {
        return new Trust(code);
    }

    /** A trust under ICB_A from 2020 unless told otherwise. */
    private static final class Trust {
        private final String code;
        private OrganisationType type = OrganisationType.ACUTE;
        private LocalDate opened = date("2000-04-01");
        private LocalDate closed;
        private final List<ParentAssignment> parents = new ArrayList<>(List.of(parent("QOP", "2000-04-01")));
        private final Map<ProgrammeStatus, LocalDate> statuses = new EnumMap<>(ProgrammeStatus.class);
        private final List<SubmittedRevision> submissions = new ArrayList<>();

        Trust(String code) {
            this.code = code;
        }

        Trust type(OrganisationType t) {
            type = t;
            return this;
        }

        Trust opened(String d) {
            opened = date(d);
            parents.set(0, new ParentAssignment(parents.get(0).parentCode(), opened));
            return this;
        }

        Trust closed(String d) {
            closed = date(d);
            return this;
        }

        Trust movedTo(String icb, String from) {
            parents.add(parent(icb, from));
            return this;
        }

        Trust status(ProgrammeStatus s, String awarded) {
            statuses.put(s, date(awarded));
            return this;
        }

        Trust epr(int year, EprStatus status, String liveSince) {
            submissions.add(new SubmittedRevision(year, 1, date(year + "-03-31"), status,
                    liveSince == null ? null : date(liveSince), false, false));
            return this;
        }

        Trust assessed(int year, int revision, String assessedOn, boolean core, boolean foundational) {
            submissions.add(new SubmittedRevision(year, revision, date(assessedOn), LIVE,
                    date("2020-01-01"), core, foundational));
            return this;
        }

        OrganisationFacts facts() {
            return new OrganisationFacts(code, "Trust " + code, type, opened, closed, List.copyOf(parents),
                    Map.copyOf(statuses), List.copyOf(submissions));
        }
    }

    private static List<OrganisationFacts> register(Trust... trusts) {
        List<OrganisationFacts> all = new ArrayList<>(List.of(NORTH, SOUTH, ICB_A, ICB_B));
        for (Trust t : trusts) {
            all.add(t.facts());
        }
        return all;
    }

    // ---- targets ------------------------------------------------------------------------------------------

    private static Milestone milestone(String dueBy, String threshold) {
        return new Milestone(date(dueBy), dec(threshold).setScale(2));
    }

    private static TargetHistory target(Metric metric, List<EprStatus> counted, List<Milestone> milestones,
                                        TargetRevised... revisions) {
        return new TargetHistory(new TargetDefined(TargetId.of("the-target"), "The target", metric,
                List.of(OrganisationType.ACUTE, OrganisationType.MENTAL_HEALTH), counted, milestones, "A plan"),
                List.of(revisions));
    }

    private static TargetHistory eprLive(List<Milestone> milestones, TargetRevised... revisions) {
        return target(Metric.EPR_LIVE, List.of(LIVE), milestones, revisions);
    }

    private static TargetRevised revision(int n, String from, List<Milestone> milestones, List<EprStatus> counted) {
        return new TargetRevised(TargetId.of("the-target"), n, date(from), "revised", "A later plan", milestones,
                counted);
    }

    private static TargetProgressView evaluate(TargetHistory target, List<OrganisationFacts> all, Scope scope,
                                               String asOf) {
        return TargetEvaluation.evaluate("the-target", target, all, scope, date(asOf));
    }

    private static TargetProgressView evaluate(TargetHistory target, List<OrganisationFacts> all, String asOf) {
        return evaluate(target, all, Scope.NATIONAL, asOf);
    }

    private static List<String> population(TargetProgressView view) {
        return view.organisations().stream().map(ProgressRow::odsCode).toList();
    }

    private static Scope icb(String code) {
        return new Scope(Scope.Kind.ICB, OdsCode.of(code));
    }

    private static Scope region(String code) {
        return new Scope(Scope.Kind.REGION, OdsCode.of(code));
    }

    // ---- milestones at their own dates ----------------------------------------------------------------------

    @Nested
    class MilestoneBoundaries {

        private final TargetHistory target = eprLive(List.of(milestone("2024-03-31", "50"), milestone("2025-03-31", "80")));
        private final List<OrganisationFacts> all = register(
                trust("RA1").epr(2023, LIVE, "2023-01-01"),
                trust("RA2").epr(2024, LIVE, "2024-03-31"),
                trust("RA3").epr(2024, LIVE, "2024-04-01"),
                trust("RA4"));

        @Test
        void theDayBeforeAMilestoneItIsStillAhead() {
            TargetProgressView view = evaluate(target, all, "2024-03-30");

            assertThat(view.milestones()).containsExactly(
                    new MilestoneProgress(date("2024-03-31"), dec("50.00"), null, null),
                    new MilestoneProgress(date("2025-03-31"), dec("80.00"), null, null));
            assertThat(view.numerator()).isEqualTo(1);
            assertThat(view.denominator()).isEqualTo(4);
            assertThat(view.percent()).isEqualTo(dec("25.00"));
        }

        @Test
        void onTheMilestoneDateItIsEvaluatedAndLiveSinceThatDayCounts() {
            TargetProgressView view = evaluate(target, all, "2024-03-31");

            assertThat(view.milestones().get(0)).isEqualTo(
                    new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("50.00"), true));
            assertThat(view.milestones().get(1).percentAtDueBy()).isNull();
            assertThat(view.milestones().get(1).met()).isNull();
            assertThat(view.percent()).isEqualTo(dec("50.00"));
        }

        @Test
        void theDayAfterTheMilestoneIsStillJudgedAtItsOwnDate() {
            TargetProgressView view = evaluate(target, all, "2024-04-01");

            assertThat(view.milestones().get(0)).isEqualTo(
                    new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("50.00"), true));
            assertThat(view.milestones().get(1).met()).isNull();
            assertThat(view.numerator()).isEqualTo(3);
            assertThat(view.percent()).isEqualTo(dec("75.00"));
        }

        @Test
        void aMissedMilestoneIsReportedNotMet() {
            TargetProgressView view = evaluate(target, all, "2025-06-30");

            assertThat(view.milestones()).containsExactly(
                    new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("50.00"), true),
                    new MilestoneProgress(date("2025-03-31"), dec("80.00"), dec("75.00"), false));
        }

        @Test
        void liveSinceAfterTheDateIsNotCounted() {
            TargetProgressView view = evaluate(target, all, "2024-03-31");

            ProgressRow ra3 = view.organisations().stream().filter(r -> r.odsCode().equals("RA3")).findFirst().orElseThrow();
            assertThat(ra3.counted()).isFalse();
            assertThat(ra3.unknown()).isFalse();
            assertThat(ra3.eprStatus()).isEqualTo("LIVE");
            assertThat(ra3.liveSince()).isEqualTo(date("2024-04-01"));
            assertThat(view.nonCompliant()).containsExactly("RA3", "RA4");
        }
    }

    // ---- the population on the date -----------------------------------------------------------------------

    @Nested
    class Population {

        private final TargetHistory target = eprLive(List.of(milestone("2025-03-31", "50")));

        @Test
        void anOrganisationClosedOnTheDateIsNotInThePopulationButIsTheDayBefore() {
            List<OrganisationFacts> all = register(
                    trust("RA1").epr(2023, LIVE, "2023-01-01").closed("2024-10-01"),
                    trust("RA2"));

            assertThat(population(evaluate(target, all, "2024-09-30"))).containsExactly("RA1", "RA2");
            TargetProgressView onClosure = evaluate(target, all, "2024-10-01");
            assertThat(population(onClosure)).containsExactly("RA2");
            assertThat(onClosure.numerator()).isZero();
            assertThat(onClosure.denominator()).isEqualTo(1);
        }

        @Test
        void anOrganisationClosedTheDayAfterTheDateIsStillInThePopulation() {
            List<OrganisationFacts> all = register(trust("RA1").closed("2024-10-02"));

            assertThat(population(evaluate(target, all, "2024-10-01"))).containsExactly("RA1");
        }

        @Test
        void aSuccessorOpenedOnTheDateIsInThePopulationButNotTheDayBefore() {
            List<OrganisationFacts> all = register(
                    trust("RA1").epr(2023, LIVE, "2023-01-01").closed("2024-10-01"),
                    trust("RB9").opened("2024-10-01").epr(2024, LIVE, "2023-01-01"));

            TargetProgressView before = evaluate(target, all, "2024-09-30");
            assertThat(population(before)).containsExactly("RA1");
            TargetProgressView on = evaluate(target, all, "2024-10-01");
            assertThat(population(on)).containsExactly("RB9");
            assertThat(on.percent()).isEqualTo(dec("100.00"));
        }

        @Test
        void aReassignmentEffectiveOnTheDateMovesTheTrustOnThatDate() {
            List<OrganisationFacts> all = register(
                    trust("RA1").movedTo("QKK", "2024-04-01"),
                    trust("RA2"));

            assertThat(population(evaluate(target, all, icb("QOP"), "2024-03-31"))).containsExactly("RA1", "RA2");
            assertThat(population(evaluate(target, all, icb("QKK"), "2024-03-31"))).isEmpty();
            assertThat(population(evaluate(target, all, region("Y61"), "2024-03-31"))).containsExactly("RA1", "RA2");
            assertThat(population(evaluate(target, all, region("Y56"), "2024-03-31"))).isEmpty();

            assertThat(population(evaluate(target, all, icb("QOP"), "2024-04-01"))).containsExactly("RA2");
            assertThat(population(evaluate(target, all, icb("QKK"), "2024-04-01"))).containsExactly("RA1");
            assertThat(population(evaluate(target, all, region("Y61"), "2024-04-01"))).containsExactly("RA2");
            assertThat(population(evaluate(target, all, region("Y56"), "2024-04-01"))).containsExactly("RA1");

            TargetProgressView moved = evaluate(target, all, "2024-04-01");
            ProgressRow row = moved.organisations().get(0);
            assertThat(row.icbCode()).isEqualTo("QKK");
            assertThat(row.regionCode()).isEqualTo("Y56");
        }

        @Test
        void anIcbMovingRegionTakesItsTrustsWithItOnTheDate() {
            OrganisationFacts movingIcb = org("QOP", OrganisationType.ICB, date("2022-07-01"), null,
                    List.of(parent("Y61", "2022-07-01"), parent("Y56", "2025-01-01")));
            List<OrganisationFacts> all = new ArrayList<>(List.of(NORTH, SOUTH, movingIcb, ICB_B, trust("RA1").facts()));

            assertThat(population(evaluate(target, all, region("Y61"), "2024-12-31"))).containsExactly("RA1");
            assertThat(population(evaluate(target, all, region("Y56"), "2024-12-31"))).isEmpty();
            assertThat(population(evaluate(target, all, region("Y56"), "2025-01-01"))).containsExactly("RA1");
        }

        @Test
        void aMilestoneUsesThePopulationOfItsOwnDate() {
            List<OrganisationFacts> all = register(
                    trust("RA1").epr(2023, LIVE, "2023-01-01").closed("2025-06-01"),
                    trust("RA2"));

            TargetProgressView view = evaluate(target, all, "2025-07-01");

            // at 2025-03-31 both were open, one live: 50%; today RA1 is closed: 0 of 1
            assertThat(view.milestones().get(0).percentAtDueBy()).isEqualTo(dec("50.00"));
            assertThat(view.milestones().get(0).met()).isTrue();
            assertThat(view.percent()).isEqualTo(dec("0.00"));
        }

        @Test
        void onlyTheTargetsOrganisationTypesAreCountedAndNeverRegionsOrIcbs() {
            List<OrganisationFacts> all = register(
                    trust("RA1"),
                    trust("RM1").type(OrganisationType.MENTAL_HEALTH),
                    trust("RX1").type(OrganisationType.AMBULANCE),
                    trust("RC1").type(OrganisationType.COMMUNITY));

            assertThat(population(evaluate(target, all, "2024-06-01"))).containsExactly("RA1", "RM1");
        }

        @Test
        void anEmptyPopulationHasNoPercent() {
            TargetProgressView view = evaluate(target, register(trust("RA1")), icb("QKK"), "2025-06-01");

            assertThat(view.denominator()).isZero();
            assertThat(view.numerator()).isZero();
            assertThat(view.unknown()).isZero();
            assertThat(view.percent()).isNull();
            assertThat(view.nonCompliant()).isEmpty();
            assertThat(view.milestones().get(0).percentAtDueBy()).isNull();
        }
    }

    // ---- a revision between two milestones -----------------------------------------------------------------

    @Nested
    class Revisions {

        private final List<Milestone> milestones = List.of(milestone("2024-03-31", "50"), milestone("2025-03-31", "50"));
        private final List<OrganisationFacts> all = register(
                trust("RA1").epr(2024, LIVE, "2022-01-01"),
                trust("RA2").epr(2024, DEPLOYING, null),
                trust("RA3").epr(2024, DEPLOYING, null),
                trust("RA4").epr(2024, NONE, null));

        @Test
        void eachMilestoneIsJudgedByTheRuleInForceOnItsOwnDate() {
            TargetHistory target = eprLive(milestones,
                    revision(1, "2024-10-01", milestones, List.of(DEPLOYING, LIVE)));

            TargetProgressView view = evaluate(target, all, "2025-06-30");

            assertThat(view.milestones()).containsExactly(
                    new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("25.00"), false),
                    new MilestoneProgress(date("2025-03-31"), dec("50.00"), dec("75.00"), true));
            assertThat(view.numerator()).isEqualTo(3);
            assertThat(view.percent()).isEqualTo(dec("75.00"));
        }

        @Test
        void theOriginalRuleIsInForceTheDayBeforeTheRevisionAndTheRevisionOnItsDate() {
            TargetHistory target = eprLive(milestones,
                    revision(1, "2024-10-01", milestones, List.of(DEPLOYING, LIVE)));

            assertThat(evaluate(target, all, "2024-09-30").numerator()).isEqualTo(1);
            assertThat(evaluate(target, all, "2024-10-01").numerator()).isEqualTo(3);
        }

        @Test
        void aRevisionEffectiveOnAMilestoneDateAppliesToThatMilestone() {
            TargetHistory target = eprLive(milestones,
                    revision(1, "2024-03-31", milestones, List.of(DEPLOYING, LIVE)));

            TargetProgressView view = evaluate(target, all, "2024-03-31");

            assertThat(view.milestones().get(0).percentAtDueBy()).isEqualTo(dec("75.00"));
        }

        @Test
        void theMilestonesListedAreThoseOfTheRuleInForceOnTheDate() {
            List<Milestone> revised = List.of(milestone("2024-03-31", "50"), milestone("2026-03-31", "90"));
            TargetHistory target = eprLive(milestones, revision(1, "2024-10-01", revised, List.of(LIVE)));

            assertThat(evaluate(target, all, "2024-09-30").milestones()).extracting(MilestoneProgress::dueBy)
                    .containsExactly(date("2024-03-31"), date("2025-03-31"));
            assertThat(evaluate(target, all, "2024-10-01").milestones())
                    .extracting(MilestoneProgress::dueBy, MilestoneProgress::thresholdPercent)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(date("2024-03-31"), dec("50.00")),
                            org.assertj.core.groups.Tuple.tuple(date("2026-03-31"), dec("90.00")));
        }

        @Test
        void theLatestRevisionEffectiveOnOrBeforeTheDateWins() {
            TargetHistory target = eprLive(milestones,
                    revision(1, "2024-06-01", milestones, List.of(DEPLOYING, LIVE)),
                    revision(2, "2024-12-01", milestones, List.of(PROCURING, LIVE)));

            assertThat(evaluate(target, all, "2024-05-31").numerator()).isEqualTo(1);
            assertThat(evaluate(target, all, "2024-06-01").numerator()).isEqualTo(3);
            assertThat(evaluate(target, all, "2024-11-30").numerator()).isEqualTo(3);
            assertThat(evaluate(target, all, "2024-12-01").numerator()).isEqualTo(1);
        }

        @Test
        void inForceOnReportsTheRevisionNumber() {
            TargetHistory target = eprLive(milestones,
                    revision(1, "2024-06-01", milestones, List.of(DEPLOYING, LIVE)),
                    revision(2, "2024-12-01", milestones, List.of(PROCURING, LIVE)));

            assertThat(target.inForceOn(date("2024-05-31")).revision()).isZero();
            assertThat(target.inForceOn(date("2024-06-01")).revision()).isEqualTo(1);
            assertThat(target.inForceOn(date("2025-01-01")).revision()).isEqualTo(2);
            assertThat(target.inForceOn(date("2025-01-01")).countedEprStatuses()).containsExactly(PROCURING, LIVE);
        }
    }

    // ---- what counts, per metric ---------------------------------------------------------------------------

    @Nested
    class EprLive {

        @Test
        void onlyTheLatestSubmittedDeclarationCounts() {
            TargetHistory target = eprLive(List.of(milestone("2025-03-31", "50")));
            List<OrganisationFacts> all = register(
                    trust("RA1").epr(2023, LIVE, "2022-01-01").epr(2024, DEPLOYING, null),
                    trust("RA2").epr(2023, NONE, null).epr(2024, LIVE, "2024-01-01"));

            TargetProgressView view = evaluate(target, all, "2025-01-01");

            assertThat(view.organisations()).extracting(ProgressRow::odsCode, ProgressRow::counted,
                            ProgressRow::assessmentYear, ProgressRow::eprStatus)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RA1", false, 2024, "DEPLOYING"),
                            org.assertj.core.groups.Tuple.tuple("RA2", true, 2024, "LIVE"));
        }

        @Test
        void aCountedStatusOtherThanLiveNeedsNoDate() {
            TargetHistory target = target(Metric.EPR_LIVE, List.of(DEPLOYING, LIVE), List.of(milestone("2025-03-31", "50")));
            List<OrganisationFacts> all = register(trust("RA1").epr(2024, DEPLOYING, null),
                    trust("RA2").epr(2024, PROCURING, null));

            TargetProgressView view = evaluate(target, all, "2024-06-01");

            assertThat(view.numerator()).isEqualTo(1);
            assertThat(view.nonCompliant()).containsExactly("RA2");
        }
    }

    @Nested
    class Foundational {

        private final TargetHistory target = target(Metric.FOUNDATIONAL, List.of(), List.of(milestone("2025-03-31", "50")));

        @Test
        void aProgrammeStatusAwardedOnOrBeforeTheDateCounts() {
            List<OrganisationFacts> all = register(trust("RA1").status(ProgrammeStatus.FAST_FOLLOWER, "2024-05-01"));

            TargetProgressView before = evaluate(target, all, "2024-04-30");
            assertThat(before.numerator()).isZero();
            assertThat(before.unknown()).isEqualTo(1);
            assertThat(before.nonCompliant()).containsExactly("RA1");

            TargetProgressView on = evaluate(target, all, "2024-05-01");
            assertThat(on.numerator()).isEqualTo(1);
            assertThat(on.unknown()).isZero();
            assertThat(on.organisations().get(0).programmeStatus()).isEqualTo("FAST_FOLLOWER");
        }

        @Test
        void aProgrammeStatusCountsEvenOverANonFoundationalAssessment() {
            List<OrganisationFacts> all = register(trust("RA1")
                    .status(ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, "2017-01-01")
                    .assessed(2024, 1, "2024-03-31", false, false));

            assertThat(evaluate(target, all, "2024-06-01").numerator()).isEqualTo(1);
        }

        @Test
        void aFoundationalAssessmentCountsFromItsAssessmentDate() {
            List<OrganisationFacts> all = register(
                    trust("RA1").assessed(2023, 1, "2023-03-31", false, false).assessed(2024, 1, "2024-03-31", false, true));

            TargetProgressView before = evaluate(target, all, "2024-03-30");
            assertThat(before.numerator()).isZero();
            assertThat(before.unknown()).isZero();
            assertThat(before.organisations().get(0).assessmentYear()).isEqualTo(2023);

            TargetProgressView on = evaluate(target, all, "2024-03-31");
            assertThat(on.numerator()).isEqualTo(1);
            assertThat(on.organisations().get(0).assessmentYear()).isEqualTo(2024);
        }

        @Test
        void anAssessmentDatedAfterTheDateIsIgnoredEvenIfNothingEarlierExists() {
            List<OrganisationFacts> all = register(trust("RA1").assessed(2024, 1, "2024-03-31", false, true));

            TargetProgressView view = evaluate(target, all, "2024-01-01");

            assertThat(view.numerator()).isZero();
            assertThat(view.unknown()).isEqualTo(1);
        }
    }

    @Nested
    class CoreCapability {

        private final TargetHistory target = target(Metric.CORE_CAPABILITY, List.of(), List.of(milestone("2025-03-31", "50")));

        @Test
        void theLatestSubmittedAssessmentDatedOnOrBeforeTheDateDecides() {
            List<OrganisationFacts> all = register(
                    trust("RA1").assessed(2024, 1, "2024-03-31", true, true).assessed(2025, 1, "2025-03-31", false, true),
                    trust("RA2").assessed(2024, 1, "2024-03-31", false, false).assessed(2025, 1, "2025-03-31", true, true));

            TargetProgressView before = evaluate(target, all, "2025-03-30");
            assertThat(before.organisations()).extracting(ProgressRow::odsCode, ProgressRow::counted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RA1", true),
                            org.assertj.core.groups.Tuple.tuple("RA2", false));

            TargetProgressView on = evaluate(target, all, "2025-03-31");
            assertThat(on.organisations()).extracting(ProgressRow::odsCode, ProgressRow::counted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RA1", false),
                            org.assertj.core.groups.Tuple.tuple("RA2", true));
            // the milestone is due that day and judged at it
            assertThat(on.milestones().get(0).percentAtDueBy()).isEqualTo(dec("50.00"));
            assertThat(on.milestones().get(0).met()).isTrue();
        }

        @Test
        void aSupersededRevisionDoesNotCount() {
            List<OrganisationFacts> all = register(
                    trust("RA1").assessed(2024, 1, "2024-03-31", true, true).assessed(2024, 2, "2024-03-31", false, false),
                    trust("RA2").assessed(2024, 2, "2024-03-31", true, true).assessed(2024, 1, "2024-03-31", false, false));

            TargetProgressView view = evaluate(target, all, "2024-06-01");

            assertThat(view.organisations()).extracting(ProgressRow::odsCode, ProgressRow::counted, ProgressRow::revision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RA1", false, 2),
                            org.assertj.core.groups.Tuple.tuple("RA2", true, 2));
        }
    }

    // ---- unknowns and arithmetic ---------------------------------------------------------------------------

    @Nested
    class Figures {

        private final TargetHistory target = target(Metric.CORE_CAPABILITY, List.of(), List.of(milestone("2025-03-31", "60")));

        @Test
        void organisationsWithNoDataAreInTheDenominatorUnknownAndNonCompliant() {
            List<OrganisationFacts> all = register(
                    trust("RA1").assessed(2024, 1, "2024-03-31", true, true),
                    trust("RA2").assessed(2024, 1, "2024-03-31", true, true),
                    trust("RA3"));

            TargetProgressView view = evaluate(target, all, "2025-03-31");

            assertThat(view.numerator()).isEqualTo(2);
            assertThat(view.denominator()).isEqualTo(3);
            assertThat(view.unknown()).isEqualTo(1);
            assertThat(view.percent()).isEqualTo(dec("66.67"));
            assertThat(view.nonCompliant()).containsExactly("RA3");
            assertThat(view.milestones()).containsExactly(
                    new MilestoneProgress(date("2025-03-31"), dec("60.00"), dec("66.67"), true));
            ProgressRow unknown = view.organisations().get(2);
            assertThat(unknown.unknown()).isTrue();
            assertThat(unknown.counted()).isFalse();
            assertThat(unknown.assessmentYear()).isNull();
            assertThat(unknown.coreCapability()).isNull();
        }

        @Test
        void percentHasTwoDecimalsRoundedHalfUp() {
            List<OrganisationFacts> oneOfThree = register(
                    trust("RA1").assessed(2024, 1, "2024-03-31", true, true), trust("RA2"), trust("RA3"));
            assertThat(evaluate(target, oneOfThree, "2024-06-01").percent()).isEqualTo(dec("33.33"));

            List<OrganisationFacts> oneOfEight = register(trust("RA1").assessed(2024, 1, "2024-03-31", true, true),
                    trust("RA2"), trust("RA3"), trust("RA4"), trust("RA5"), trust("RA6"), trust("RA7"), trust("RA8"));
            assertThat(evaluate(target, oneOfEight, "2024-06-01").percent()).isEqualTo(dec("12.50"));

            List<OrganisationFacts> all = register(trust("RA1").assessed(2024, 1, "2024-03-31", true, true));
            assertThat(evaluate(target, all, "2024-06-01").percent()).isEqualTo(dec("100.00"));
        }

        @Test
        void theViewEchoesItsQuestion() {
            TargetProgressView view = evaluate(target, register(trust("RA1")), icb("QOP"), "2024-06-01");

            assertThat(view.targetId()).isEqualTo("the-target");
            assertThat(view.asOf()).isEqualTo(date("2024-06-01"));
            assertThat(view.scope()).isEqualTo(icb("QOP"));
        }
    }
}
