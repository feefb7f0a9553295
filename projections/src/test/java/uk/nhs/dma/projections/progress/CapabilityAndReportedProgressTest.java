package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.ods;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityDeclarationView;
import uk.nhs.dma.core.capability.CapabilityDeclared;
import uk.nhs.dma.core.capability.CapabilityRecordId;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.ListCapabilityDeclarations;
import uk.nhs.dma.core.organisation.CqcLocationId;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.MilestoneProgress;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.target.FindTarget;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.ObservationRecorded;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.World;

/**
 * CAPABILITY targets count the declaration in force on the date; REPORTED targets answer the latest observation on
 * or before it. Both on real PostgreSQL, through the projections and the progress query.
 *
 * <pre>
 * Y61 - QOP: care providers VC1 (IN_PROGRESS 2022-01-01, IN_PLACE 2023-06-01), VC2 (IN_PLACE 2024-02-01), VC3 (none)
 *            practice A81001 (never in a social care population)
 * Y56 - QKK: care provider VC4 (IN_PLACE 2021-01-01)
 * dscr      CAPABILITY DIGITAL_SOCIAL_CARE_RECORD (ADULT_SOCIAL_CARE_PROVIDER), 80% by 2024-03-31
 * nhs-app   REPORTED, 68% by 2023-03-31, 75% by 2024-03-31; observed 60% on 2022-12-01, 75% on 2024-03-01
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapabilityAndReportedProgressTest {

    static final TargetDefined DSCR = new TargetDefined(TargetId.of("dscr"), "Digital social care records",
            Metric.CAPABILITY, List.of(OrganisationType.ADULT_SOCIAL_CARE_PROVIDER), List.of(), null,
            List.of(new Milestone(date("2024-03-31"), dec("80.00"))), "People at the Heart of Care",
            Capability.DIGITAL_SOCIAL_CARE_RECORD, List.of(CapabilityStatus.IN_PLACE));
    static final TargetDefined APP = new TargetDefined(TargetId.of("nhs-app"), "NHS App", Metric.REPORTED, List.of(),
            List.of(), null, List.of(new Milestone(date("2023-03-31"), dec("68.00")),
                    new Milestone(date("2024-03-31"), dec("75.00"))), "A plan for digital health and social care",
            null, null);

    private ReadModel model;

    @BeforeAll
    void load() {
        model = ReadModel.fresh();
        World world = new World(model);
        world.region("Y61").region("Y56").icb("QOP", "Y61").icb("QKK", "Y56")
                .emit("VC1", new OrganisationRegistered(ods("VC1"), "Care provider VC1",
                        OrganisationType.ADULT_SOCIAL_CARE_PROVIDER, ods("QOP"), date("2015-04-01"),
                        new CqcLocationId("1-101680289")))
                .emit("VC2", provider("VC2", "QOP"))
                .emit("VC3", provider("VC3", "QOP")).emit("VC4", provider("VC4", "QKK"))
                .emit("A81001", new OrganisationRegistered(ods("A81001"), "Practice", OrganisationType.GENERAL_PRACTICE,
                        ods("QOP"), date("2010-04-01")))
                .target(DSCR).target(APP);
        declare(world, "VC1", 1, CapabilityStatus.IN_PROGRESS, "2022-01-01");
        declare(world, "VC1", 2, CapabilityStatus.IN_PLACE, "2023-06-01");
        declare(world, "VC2", 1, CapabilityStatus.IN_PLACE, "2024-02-01");
        declare(world, "VC4", 1, CapabilityStatus.IN_PLACE, "2021-01-01");
        world.emit("nhs-app", new ObservationRecorded(APP.targetId(), date("2022-12-01"), dec("60.00"), "Econsultancy"));
        world.emit("nhs-app", new ObservationRecorded(APP.targetId(), date("2024-03-01"), dec("75.00"), "HTN, March 2024"));
    }

    private static OrganisationRegistered provider(String code, String icb) {
        return new OrganisationRegistered(ods(code), "Care provider " + code, OrganisationType.ADULT_SOCIAL_CARE_PROVIDER,
                ods(icb), date("2015-04-01"));
    }

    private static void declare(World world, String code, int n, CapabilityStatus status, String from) {
        world.emit(CapabilityRecordId.of(ods(code), Capability.DIGITAL_SOCIAL_CARE_RECORD).value(),
                new CapabilityDeclared(ods(code), Capability.DIGITAL_SOCIAL_CARE_RECORD, n, status, date(from), null));
    }

    private TargetProgressView progress(String target, String scope, String asOf) {
        return model.progressQueries.handle(new FindTargetProgress(TargetId.of(target), date(asOf), Scope.parse(scope)))
                .orElseThrow();
    }

    @Test
    void a_capability_target_counts_the_status_in_force_on_the_date() {
        TargetProgressView view = progress("dscr", "NATIONAL", "2023-12-31");

        assertThat(view.organisations()).extracting(ProgressRow::odsCode, ProgressRow::counted, ProgressRow::unknown,
                        ProgressRow::capabilityStatus)
                .containsExactly(tuple("VC1", true, false, "IN_PLACE"), tuple("VC2", false, true, null),
                        tuple("VC3", false, true, null), tuple("VC4", true, false, "IN_PLACE"));
        assertThat(view.percent()).isEqualTo(dec("50.00"));

        TargetProgressView later = progress("dscr", "NATIONAL", "2024-03-31");
        assertThat(later.percent()).isEqualTo(dec("75.00"));
        assertThat(later.milestones()).containsExactly(
                new MilestoneProgress(date("2024-03-31"), dec("80.00"), dec("75.00"), false));
        assertThat(progress("dscr", "NATIONAL", "2023-01-01").organisations())
                .filteredOn(ProgressRow::odsCode, "VC1").extracting(ProgressRow::capabilityStatus)
                .containsExactly("IN_PROGRESS");
    }

    @Test
    void a_capability_target_follows_the_hierarchy_into_a_regional_scope() {
        assertThat(progress("dscr", "REGION:Y56", "2024-03-31").organisations())
                .extracting(ProgressRow::odsCode).containsExactly("VC4");
    }

    @Test
    void a_reported_target_answers_the_latest_observation_on_or_before_the_date_without_interpolating() {
        TargetProgressView before = progress("nhs-app", "NATIONAL", "2022-11-30");
        assertThat(before.percent()).isNull();
        assertThat(before.observation()).isNull();

        TargetProgressView between = progress("nhs-app", "NATIONAL", "2024-02-29");
        assertThat(between.percent()).isEqualTo(dec("60.00"));
        assertThat(between.observation().observedOn()).isEqualTo(date("2022-12-01"));
        assertThat(between.denominator()).isZero();
        assertThat(between.organisations()).isEmpty();

        TargetProgressView after = progress("nhs-app", "REGION:Y56", "2024-06-30");
        assertThat(after.percent()).isEqualTo(dec("75.00"));
        assertThat(after.observation().source()).isEqualTo("HTN, March 2024");
        assertThat(after.milestones()).containsExactly(
                new MilestoneProgress(date("2023-03-31"), dec("68.00"), dec("60.00"), false),
                new MilestoneProgress(date("2024-03-31"), dec("75.00"), dec("75.00"), true));
    }

    @Test
    void a_reported_figure_is_as_known_at_an_instant() {
        Instant firstRecorded = model.jdbc.queryForObject(
                "select min(recorded_at) from read_model.target_observation", java.util.Map.of(), java.sql.Timestamp.class)
                .toInstant();
        TargetProgressView known = model.progressQueries.handle(new FindTargetProgress(TargetId.of("nhs-app"),
                date("2024-06-30"), Scope.parse("NATIONAL"), firstRecorded)).orElseThrow();
        assertThat(known.percent()).isEqualTo(dec("60.00"));
    }

    @Test
    void declarations_and_observations_are_listed_as_recorded() {
        List<CapabilityDeclarationView> vc1 = model.register.capabilities.handle(
                new ListCapabilityDeclarations(ods("VC1"), date("2023-01-01")));
        assertThat(vc1).extracting(CapabilityDeclarationView::declaration, CapabilityDeclarationView::status,
                        CapabilityDeclarationView::inForce)
                .containsExactly(tuple(1, CapabilityStatus.IN_PROGRESS, true), tuple(2, CapabilityStatus.IN_PLACE, false));
        TargetView app = model.register.targets.handle(new FindTarget(TargetId.of("nhs-app"))).orElseThrow();
        assertThat(app.observations()).extracting(o -> o.percent()).containsExactly(dec("60.00"), dec("75.00"));
        assertThat(app.metric()).isEqualTo(Metric.REPORTED);
    }

    @Test
    void a_care_provider_shows_its_cqc_location_id_beside_its_ods_code() {
        assertThat(model.organisationQueries.handle(new FindOrganisation(ods("VC1"), date("2024-01-01")))
                .orElseThrow().cqcLocationId()).isEqualTo("1-101680289");
        assertThat(model.organisationQueries.handle(new FindOrganisation(ods("VC2"), date("2024-01-01")))
                .orElseThrow().cqcLocationId()).isNull();
    }

    @Test
    void a_rebuild_gives_the_same_answers() {
        TargetProgressView before = progress("dscr", "NATIONAL", "2024-03-31");
        model.rebuild();
        assertThat(progress("dscr", "NATIONAL", "2024-03-31")).isEqualTo(before);
        assertThat(progress("nhs-app", "NATIONAL", "2024-06-30").percent()).isEqualTo(dec("75.00"));
    }
}
