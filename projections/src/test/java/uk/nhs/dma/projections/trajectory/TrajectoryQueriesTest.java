package uk.nhs.dma.projections.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.epr;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;
import static uk.nhs.dma.projections.testing.Fixtures.with;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.World;

/** Trajectories answered from the projections, on real PostgreSQL. */
class TrajectoryQueriesTest {

    private ReadModel model;
    private World world;

    @BeforeEach
    void freshModel() {
        model = ReadModel.fresh();
        world = new World(model);
        world.region("Y61").icb("QOP", "Y61").trust("RT1", OrganisationType.ACUTE, "QOP", "2001-04-01")
                .framework(2023).framework(2024).framework(2025);
    }

    private TrajectoryView trajectory(String code) {
        return model.trajectoryQueries.handle(new FindTrajectory(OdsCode.of(code))).orElseThrow();
    }

    private void coreTargetEnding(String finalDueBy) {
        world.target(new TargetDefined(TargetId.of("core-capability"), "Core", Metric.CORE_CAPABILITY,
                List.of(OrganisationType.ACUTE), List.of(),
                List.of(new Milestone(date("2023-03-31"), dec("10.00")), new Milestone(date(finalDueBy), dec("100.00"))),
                "plan"));
    }

    @Test
    void anUnknownOrganisationHasNoTrajectory() {
        assertThat(model.trajectoryQueries.handle(new FindTrajectory(OdsCode.of("ZZZ")))).isEmpty();
    }

    @Test
    void anOrganisationWithoutSubmissionsHasInsufficientData() {
        TrajectoryView view = trajectory("RT1");

        assertThat(view.years()).isEmpty();
        assertThat(view.status()).isEqualTo(TrajectoryView.Status.INSUFFICIENT_DATA);
    }

    @Test
    void yearsCarryTheirScoresAndTheGapToTheFrameworksMinimum() {
        world.assessed("RT1", 2023, "2023-03-31", with(uniform("2.0"), "well-led", "3.5"), epr(EprStatus.PROCURING))
                .assessed("RT1", 2024, "2024-03-31", uniform("2.5"), epr(EprStatus.DEPLOYING));

        TrajectoryView view = trajectory("RT1");

        assertThat(view.odsCode()).isEqualTo("RT1");
        assertThat(view.years()).extracting(TrajectoryView.Year::year).containsExactly(2023, 2024);
        TrajectoryView.Year first = view.years().get(0);
        assertThat(first.assessmentId()).isEqualTo("RT1-2023");
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.eprStatus()).isEqualTo(EprStatus.PROCURING);
        assertThat(first.measures().keySet()).containsExactlyElementsOf(WgllMeasures.IDS);
        assertThat(first.gapToCore().get("well-led")).isEqualByComparingTo("0");
        assertThat(first.gapToCore().get("smart-foundations")).isEqualByComparingTo("1.0");
        assertThat(first.totalGap()).isEqualByComparingTo("6.0");
        assertThat(view.years().get(1).totalGap()).isEqualByComparingTo("3.5");
        assertThat(view.trend().get("well-led")).isEqualByComparingTo("-1.0");
        assertThat(view.trend().get("safe-practice")).isEqualByComparingTo("0.5");
    }

    @Test
    void withoutACoreCapabilityTargetTheDeadlineIs2025() {
        world.assessed("RT1", 2023, "2023-03-31", uniform("2.0"), epr(EprStatus.DEPLOYING))
                .assessed("RT1", 2024, "2024-03-31", uniform("2.5"), epr(EprStatus.DEPLOYING));

        TrajectoryView view = trajectory("RT1");

        assertThat(view.trend().values()).allSatisfy(slope -> assertThat(slope).isEqualByComparingTo("0.5"));
        assertThat(view.projectedCoreYear()).isEqualTo(2025);
        assertThat(view.status()).isEqualTo(TrajectoryView.Status.ON_TRACK);
    }

    @Test
    void theCoreCapabilityTargetsFinalMilestoneSetsTheDeadline() {
        world.assessed("RT1", 2023, "2023-03-31", uniform("2.0"), epr(EprStatus.DEPLOYING))
                .assessed("RT1", 2024, "2024-03-31", uniform("2.5"), epr(EprStatus.DEPLOYING));
        coreTargetEnding("2024-12-31");

        TrajectoryView view = trajectory("RT1");

        assertThat(view.projectedCoreYear()).isEqualTo(2025);
        assertThat(view.status()).isEqualTo(TrajectoryView.Status.OFF_TRACK);
    }

    @Test
    void aReopenedYearKeepsItsSubmittedRevisionUntilResubmitted() {
        world.assessed("RT1", 2023, "2023-03-31", uniform("2.0"), epr(EprStatus.DEPLOYING))
                .assessed("RT1", 2024, "2024-03-31", uniform("2.5"), epr(EprStatus.DEPLOYING))
                .reopen("RT1", 2024);

        TrajectoryView reopened = trajectory("RT1");
        assertThat(reopened.years().get(1).revision()).isEqualTo(1);
        assertThat(reopened.years().get(1).overall()).isEqualByComparingTo("2.5");

        world.resubmit("RT1", 2024, uniform("3.5"), live("Epic", "2024-01-01"));

        TrajectoryView resubmitted = trajectory("RT1");
        assertThat(resubmitted.years().get(1).revision()).isEqualTo(2);
        assertThat(resubmitted.years().get(1).coreCapability()).isTrue();
        assertThat(resubmitted.status()).isEqualTo(TrajectoryView.Status.ACHIEVED);
    }

    @Test
    void aSingleCoreCapableYearIsAchieved() {
        world.assessed("RT1", 2025, "2025-03-31", uniform("3.0"), live("Epic", "2024-01-01"));

        TrajectoryView view = trajectory("RT1");

        assertThat(view.status()).isEqualTo(TrajectoryView.Status.ACHIEVED);
        assertThat(view.years().get(0).totalGap()).isEqualByComparingTo("0");
        assertThat(view.trend()).isEmpty();
    }
}
