package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.MilestoneProgress;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.Scenario;

/** Target progress and summaries answered from projections fed with {@link Scenario}, on real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressQueriesTest {

    private ReadModel model;

    @BeforeAll
    void load() {
        model = ReadModel.fresh();
        Scenario.load(model);
    }

    private TargetProgressView progress(String target, String scope, String asOf) {
        return model.progressQueries.handle(new FindTargetProgress(TargetId.of(target), date(asOf), Scope.parse(scope)))
                .orElseThrow();
    }

    @Test
    void eprCoverageBeforeTheRevisionCountsLiveOnlyAndLiveSinceByTheDate() {
        TargetProgressView view = progress("epr-coverage", "NATIONAL", "2024-03-31");

        // RA1 live; RA2 deploying; RA3 no data; RM1 live only from 2024-06-01; RA4 not open yet; RX1 not in population
        assertThat(view.organisations()).extracting(ProgressRow::odsCode).containsExactly("RA1", "RA2", "RA3", "RM1");
        assertThat(view.numerator()).isEqualTo(1);
        assertThat(view.denominator()).isEqualTo(4);
        assertThat(view.unknown()).isEqualTo(1);
        assertThat(view.percent()).isEqualTo(dec("25.00"));
        assertThat(view.nonCompliant()).containsExactly("RA2", "RA3", "RM1");
        assertThat(view.milestones()).containsExactly(
                new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("25.00"), false),
                new MilestoneProgress(date("2025-03-31"), dec("90.00"), null, null));
    }

    @Test
    void eprCoverageAfterTheRevisionJudgesEachMilestoneByItsOwnRule() {
        TargetProgressView view = progress("epr-coverage", "NATIONAL", "2025-03-31");

        // RA3 closed, RA4 (its successor) open with no data; deploying now counts; RM1 live since 2024-06-01
        assertThat(view.organisations()).extracting(ProgressRow::odsCode).containsExactly("RA1", "RA2", "RA4", "RM1");
        assertThat(view.numerator()).isEqualTo(3);
        assertThat(view.unknown()).isEqualTo(1);
        assertThat(view.percent()).isEqualTo(dec("75.00"));
        assertThat(view.nonCompliant()).containsExactly("RA4");
        assertThat(view.milestones()).containsExactly(
                new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("25.00"), false),
                new MilestoneProgress(date("2025-03-31"), dec("90.00"), dec("75.00"), false));
    }

    @Test
    void scopesFollowTheHierarchyOfTheDate() {
        assertThat(progress("epr-coverage", "ICB:QKK", "2024-03-31").organisations())
                .extracting(ProgressRow::odsCode).containsExactly("RA3");
        assertThat(progress("epr-coverage", "ICB:QKK", "2024-04-01").organisations())
                .extracting(ProgressRow::odsCode).containsExactly("RA2", "RA3");
        assertThat(progress("epr-coverage", "REGION:Y61", "2024-04-01").organisations())
                .extracting(ProgressRow::odsCode).containsExactly("RA1", "RM1");

        TargetProgressView london = progress("epr-coverage", "REGION:Y56", "2025-03-31");
        assertThat(london.organisations()).extracting(ProgressRow::odsCode).containsExactly("RA2", "RA4");
        assertThat(london.percent()).isEqualTo(dec("50.00"));
        ProgressRow ra2 = london.organisations().get(0);
        assertThat(ra2.icbCode()).isEqualTo("QKK");
        assertThat(ra2.regionCode()).isEqualTo("Y56");
        assertThat(ra2.eprStatus()).isEqualTo("DEPLOYING");
        assertThat(ra2.counted()).isTrue();
    }

    @Test
    void foundationalCountsAssessmentsByTheirDateAndProgrammeStatuses() {
        TargetProgressView before = progress("foundational", "NATIONAL", "2024-03-30");
        // RA1 by its 2023 assessment; RA3 by its programme status; RA2 and RM1 not yet assessed
        assertThat(before.numerator()).isEqualTo(2);
        assertThat(before.unknown()).isEqualTo(2);
        assertThat(before.percent()).isEqualTo(dec("50.00"));
        assertThat(before.organisations()).filteredOn(ProgressRow::odsCode, "RA3")
                .extracting(ProgressRow::programmeStatus).containsExactly("FAST_FOLLOWER");

        TargetProgressView on = progress("foundational", "NATIONAL", "2024-03-31");
        // RM1 counts by its submitted revision 1 although revision 2 is a draft
        assertThat(on.nonCompliant()).containsExactly("RA2");
        assertThat(on.percent()).isEqualTo(dec("75.00"));
        assertThat(on.milestones().get(0)).isEqualTo(
                new MilestoneProgress(date("2024-03-31"), dec("50.00"), dec("75.00"), true));
    }

    @Test
    void coreCapabilityUsesTheLatestAssessmentDatedByTheDate() {
        TargetProgressView view = progress("core-capability", "NATIONAL", "2025-03-31");

        assertThat(view.organisations()).extracting(ProgressRow::odsCode, ProgressRow::counted, ProgressRow::unknown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RA1", true, false),
                        org.assertj.core.groups.Tuple.tuple("RA2", false, false),
                        org.assertj.core.groups.Tuple.tuple("RA4", false, true));
        assertThat(view.percent()).isEqualTo(dec("33.33"));
        assertThat(view.milestones().get(0)).isEqualTo(
                new MilestoneProgress(date("2025-03-31"), dec("50.00"), dec("33.33"), false));
    }

    @Test
    void anUnknownTargetHasNoProgress() {
        assertThat(model.progressQueries.handle(new FindTargetProgress(TargetId.of("no-such-target"),
                date("2025-01-01"), Scope.NATIONAL))).isEmpty();
    }

    @Test
    void anUnknownScopeCodeHasAnEmptyPopulation() {
        TargetProgressView view = progress("epr-coverage", "REGION:Y99", "2025-01-01");

        assertThat(view.denominator()).isZero();
        assertThat(view.percent()).isNull();
    }

    @Test
    void summaryOfAYearCountsTheTrustsOpenInScopeAndTheirLatestSubmittedRevision() {
        SummaryView view = model.progressQueries.handle(new FindSummary(Scope.NATIONAL, 2024, date("2024-06-01")));

        assertThat(view.rows()).extracting(SummaryView.Row::odsCode).containsExactly("RA1", "RA2", "RA3", "RM1", "RX1");
        assertThat(view.organisations()).isEqualTo(5);
        assertThat(view.assessed()).isEqualTo(4);
        assertThat(view.coreCapable()).isEqualTo(3);
        assertThat(view.foundational()).isEqualTo(3);
        assertThat(view.eprLive()).isEqualTo(3);
        // (3.5 + 2.5 + 3.0 + 4.0) / 4
        assertThat(view.measureMeans().keySet()).containsExactlyElementsOf(WgllMeasures.IDS);
        assertThat(view.measureMeans().values()).allSatisfy(m -> assertThat(m).isEqualTo(dec("3.25")));
        assertThat(view.overallMean()).isEqualTo(dec("3.25"));

        SummaryView.Row rm1 = view.rows().get(3);
        assertThat(rm1.assessmentId()).isEqualTo("RM1-2024");
        assertThat(rm1.revision()).isEqualTo(1);
        assertThat(rm1.status()).isEqualTo("DRAFT");
        assertThat(rm1.coreCapability()).isTrue();
        assertThat(rm1.liveSince()).isEqualTo(date("2024-06-01"));
        SummaryView.Row ra3 = view.rows().get(2);
        assertThat(ra3.assessmentId()).isNull();
        assertThat(ra3.overall()).isNull();
        assertThat(ra3.icbCode()).isEqualTo("QKK");
        assertThat(ra3.regionCode()).isEqualTo("Y56");
    }

    @Test
    void summaryOfARegionUsesTheHierarchyOfItsDate() {
        SummaryView march = model.progressQueries.handle(new FindSummary(
                new Scope(Scope.Kind.REGION, OdsCode.of("Y56")), 2024, date("2024-03-31")));
        assertThat(march.rows()).extracting(SummaryView.Row::odsCode).containsExactly("RA3");
        assertThat(march.assessed()).isZero();
        assertThat(march.overallMean()).isNull();
        assertThat(march.measureMeans()).isEmpty();

        SummaryView april = model.progressQueries.handle(new FindSummary(
                new Scope(Scope.Kind.REGION, OdsCode.of("Y56")), 2024, date("2024-04-01")));
        assertThat(april.rows()).extracting(SummaryView.Row::odsCode).containsExactly("RA2", "RA3");
        assertThat(april.assessed()).isEqualTo(1);
        assertThat(april.overallMean()).isEqualTo(dec("2.50"));
    }
}
