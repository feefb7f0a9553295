package uk.nhs.dma.projections.testing;

import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.epr;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;

import java.util.List;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetRevised;

/**
 * A small national history exercising every event type and every boundary the target rules care about.
 *
 * <pre>
 * Y61 (region) - QOP (ICB): RA1, RA2 until 2024-03-31, RM1, RX1
 * Y56 (region) - QKK (ICB): RA2 from 2024-04-01, RA3 until it closes on 2024-10-01, RA4 (its successor) from then
 *
 * RA1 ACUTE   2023 and 2024: all measures 3.5, EPR LIVE since 2022-01-01 (core capable, foundational)
 * RA2 ACUTE   2024: all measures 2.5, EPR DEPLOYING
 * RA3 ACUTE   no assessment; FAST_FOLLOWER since 2019-05-01; closed 2024-10-01, successor RA4
 * RA4 ACUTE   opened 2024-10-01, no data
 * RM1 MENTAL_HEALTH 2024: all measures 3.0, EPR LIVE since 2024-06-01, approved, then reopened (draft rev 2)
 * RX1 AMBULANCE 2024: all measures 4.0, EPR LIVE (never in a target's population)
 *
 * epr-coverage     EPR_LIVE (ACUTE, MENTAL_HEALTH) LIVE; from 2024-10-01 DEPLOYING and LIVE
 *                  milestones 2024-03-31 50%, 2025-03-31 90%
 * foundational     FOUNDATIONAL (ACUTE, MENTAL_HEALTH) milestones 2024-03-31 50%, 2025-03-31 80%
 * core-capability  CORE_CAPABILITY (ACUTE) milestones 2025-03-31 50%, 2026-03-31 100%
 * </pre>
 */
public final class Scenario {

    public static final TargetDefined EPR = new TargetDefined(TargetId.of("epr-coverage"), "EPR coverage",
            Metric.EPR_LIVE, List.of(OrganisationType.ACUTE, OrganisationType.MENTAL_HEALTH), List.of(EprStatus.LIVE),
            List.of(new Milestone(date("2024-03-31"), dec("50.00")), new Milestone(date("2025-03-31"), dec("90.00"))),
            "Long Term Plan");
    public static final TargetRevised EPR_REVISED = new TargetRevised(TargetId.of("epr-coverage"), 1,
            date("2024-10-01"), "deployments count", "Planning guidance", EPR.milestones(),
            List.of(EprStatus.DEPLOYING, EprStatus.LIVE));
    public static final TargetDefined FOUNDATIONAL = new TargetDefined(TargetId.of("foundational"), "Foundational",
            Metric.FOUNDATIONAL, List.of(OrganisationType.ACUTE, OrganisationType.MENTAL_HEALTH), List.of(),
            List.of(new Milestone(date("2024-03-31"), dec("50.00")), new Milestone(date("2025-03-31"), dec("80.00"))),
            "What Good Looks Like");
    public static final TargetDefined CORE = new TargetDefined(TargetId.of("core-capability"), "Core capability",
            Metric.CORE_CAPABILITY, List.of(OrganisationType.ACUTE), List.of(),
            List.of(new Milestone(date("2025-03-31"), dec("50.00")), new Milestone(date("2026-03-31"), dec("100.00"))),
            "What Good Looks Like");

    private Scenario() {
    }

    public static World load(ReadModel model) {
        World world = new World(model);
        world.region("Y61").region("Y56").icb("QOP", "Y61").icb("QKK", "Y56")
                .framework(2023).framework(2024)
                .trust("RA1", OrganisationType.ACUTE, "QOP", "2001-04-01")
                .trust("RA2", OrganisationType.ACUTE, "QOP", "2001-04-01")
                .trust("RA3", OrganisationType.ACUTE, "QKK", "2001-04-01")
                .trust("RM1", OrganisationType.MENTAL_HEALTH, "QOP", "2001-04-01")
                .trust("RX1", OrganisationType.AMBULANCE, "QOP", "2006-07-01")
                .target(EPR).target(FOUNDATIONAL).target(CORE)
                .award("RA3", ProgrammeStatus.FAST_FOLLOWER, "2019-05-01")
                .assessed("RA1", 2023, "2023-03-31", uniform("3.5"), live("Epic", "2022-01-01"))
                .assessed("RA1", 2024, "2024-03-31", uniform("3.5"), live("Epic", "2022-01-01"))
                .reassign("RA2", "QOP", "QKK", "2024-04-01")
                .assessed("RA2", 2024, "2024-03-31", uniform("2.5"), epr(EprStatus.DEPLOYING))
                .assessed("RM1", 2024, "2024-03-31", uniform("3.0"), live("Cerner", "2024-06-01"))
                .approve("RM1", 2024, "2024-07-01")
                .reopen("RM1", 2024)
                .assessed("RX1", 2024, "2024-03-31", uniform("4.0"), live("Epic", "2020-01-01"))
                .revise(EPR_REVISED)
                .trust("RA4", OrganisationType.ACUTE, "QKK", "2024-10-01")
                .close("RA3", "2024-10-01", "RA4");
        return world;
    }
}
