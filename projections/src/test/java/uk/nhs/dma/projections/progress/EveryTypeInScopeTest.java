package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.ods;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityDeclared;
import uk.nhs.dma.core.capability.CapabilityRecordId;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.FindTargetSeries;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.progress.TargetSeriesView;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.World;

/**
 * A population of every kind of organisation (an ICB, a trust, practices, a care provider) in national, regional
 * and ICB scopes, by the hierarchy of the date: an ICB is in its region's scope and its own; a practice moved to
 * another ICB counts where it sits on the date. Progress, the quarter series and the summary, on real PostgreSQL.
 *
 * <pre>
 * Y61 - QOP: ICB QOP, acute RA1, practice A81001, care provider VC1; practice A81002 from 2024-04-01
 * Y56 - QKK: ICB QKK, practice A81002 until 2024-03-31
 * scr       CAPABILITY SHARED_CARE_RECORD over ICB, ACUTE, GENERAL_PRACTICE, ADULT_SOCIAL_CARE_PROVIDER
 *           IN_PLACE: QOP, RA1, A81001 from 2023-01-01; A81002 from 2023-06-01; VC1 and QKK never
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryTypeInScopeTest {

    static final TargetDefined SCR = new TargetDefined(TargetId.of("scr"), "Shared care records",
            Metric.CAPABILITY, List.of(OrganisationType.ICB, OrganisationType.ACUTE, OrganisationType.GENERAL_PRACTICE,
            OrganisationType.ADULT_SOCIAL_CARE_PROVIDER), List.of(), null,
            List.of(new Milestone(date("2024-03-31"), dec("80.00"))), "Long Term Plan",
            Capability.SHARED_CARE_RECORD, List.of(CapabilityStatus.IN_PLACE));

    private ReadModel model;

    @BeforeAll
    void load() {
        model = ReadModel.fresh();
        World world = new World(model);
        world.region("Y61").region("Y56").icb("QOP", "Y61").icb("QKK", "Y56").framework(2024)
                .trust("RA1", OrganisationType.ACUTE, "QOP", "2001-04-01")
                .emit("A81001", practice("A81001", "QOP")).emit("A81002", practice("A81002", "QKK"))
                .emit("VC1", new OrganisationRegistered(ods("VC1"), "Care provider VC1",
                        OrganisationType.ADULT_SOCIAL_CARE_PROVIDER, ods("QOP"), date("2015-04-01")))
                .reassign("A81002", "QKK", "QOP", "2024-04-01")
                .target(SCR)
                .assessed("A81001", 2024, "2024-03-31", uniform("3.0"), live("EMIS", "2015-01-01"));
        declare(world, "QOP", "2023-01-01");
        declare(world, "RA1", "2023-01-01");
        declare(world, "A81001", "2023-01-01");
        declare(world, "A81002", "2023-06-01");
    }

    private static OrganisationRegistered practice(String code, String icb) {
        return new OrganisationRegistered(ods(code), "Practice " + code, OrganisationType.GENERAL_PRACTICE, ods(icb),
                date("2010-04-01"));
    }

    private static void declare(World world, String code, String from) {
        world.emit(CapabilityRecordId.of(ods(code), Capability.SHARED_CARE_RECORD).value(),
                new CapabilityDeclared(ods(code), Capability.SHARED_CARE_RECORD, 1, CapabilityStatus.IN_PLACE,
                        date(from), null));
    }

    private TargetProgressView progress(String scope, String asOf) {
        return model.progressQueries.handle(new FindTargetProgress(TargetId.of("scr"), date(asOf), Scope.parse(scope)))
                .orElseThrow();
    }

    @Test
    void an_icb_is_counted_in_its_regions_scope_beside_the_practices_and_providers_under_it() {
        TargetProgressView march = progress("REGION:Y61", "2024-03-31");

        assertThat(march.organisations()).extracting(ProgressRow::odsCode, ProgressRow::icbCode,
                        ProgressRow::regionCode, ProgressRow::counted)
                .containsExactly(tuple("A81001", "QOP", "Y61", true), tuple("QOP", "QOP", "Y61", true),
                        tuple("RA1", "QOP", "Y61", true), tuple("VC1", "QOP", "Y61", false));
        assertThat(march.percent()).isEqualTo(dec("75.00"));

        TargetProgressView april = progress("REGION:Y61", "2024-04-01");
        assertThat(april.organisations()).extracting(ProgressRow::odsCode)
                .containsExactly("A81001", "A81002", "QOP", "RA1", "VC1");
        assertThat(april.percent()).isEqualTo(dec("80.00"));
    }

    @Test
    void an_icbs_scope_holds_the_icb_itself_and_what_sits_under_it_on_the_date() {
        assertThat(progress("ICB:QKK", "2024-03-31").organisations()).extracting(ProgressRow::odsCode)
                .containsExactly("A81002", "QKK");
        assertThat(progress("ICB:QKK", "2024-04-01").organisations()).extracting(ProgressRow::odsCode)
                .containsExactly("QKK");
        assertThat(progress("REGION:Y56", "2024-03-31").percent()).isEqualTo(dec("50.00"));
        assertThat(progress("NATIONAL", "2024-04-01").denominator()).isEqualTo(6);
    }

    @Test
    void the_quarter_series_of_a_region_counts_its_icbs() {
        TargetSeriesView series = new SeriesQueries(model.progressFacts, model.targetFacts).handle(new FindTargetSeries(
                TargetId.of("scr"), date("2024-06-30"), Scope.parse("REGION:Y61"), null)).orElseThrow();

        assertThat(series.points()).filteredOn(p -> p.date().equals(date("2024-03-31")))
                .extracting(TargetSeriesView.Point::numerator, TargetSeriesView.Point::denominator)
                .containsExactly(tuple(3, 4));
        assertThat(series.points()).filteredOn(p -> p.date().equals(date("2024-06-30")))
                .extracting(TargetSeriesView.Point::numerator, TargetSeriesView.Point::denominator)
                .containsExactly(tuple(4, 5));
    }

    @Test
    void a_summary_covers_the_types_asked_by_the_hierarchy_of_the_date_and_the_trusts_by_default() {
        SummaryView trusts = model.progressQueries.handle(new FindSummary(Scope.parse("REGION:Y61"), 2024,
                date("2024-04-01")));
        assertThat(trusts.rows()).extracting(SummaryView.Row::odsCode).containsExactly("RA1");

        SummaryView others = model.progressQueries.handle(new FindSummary(Scope.parse("REGION:Y61"), 2024,
                date("2024-04-01"), null, null, Set.of(OrganisationType.ICB, OrganisationType.GENERAL_PRACTICE)));
        assertThat(others.rows()).extracting(SummaryView.Row::odsCode, SummaryView.Row::type, SummaryView.Row::icbCode,
                        SummaryView.Row::regionCode)
                .containsExactly(tuple("A81001", "GENERAL_PRACTICE", "QOP", "Y61"),
                        tuple("A81002", "GENERAL_PRACTICE", "QOP", "Y61"), tuple("QOP", "ICB", "QOP", "Y61"));
        assertThat(others.assessed()).isEqualTo(1);
        assertThat(others.overallMean()).isEqualTo(dec("3.00"));
    }
}
