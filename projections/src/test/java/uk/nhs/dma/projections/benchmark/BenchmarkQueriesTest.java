package uk.nhs.dma.projections.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.nhs.dma.core.benchmark.FindMixAdjusted;
import uk.nhs.dma.core.benchmark.FindPeerBenchmark;
import uk.nhs.dma.core.benchmark.MixAdjustedView;
import uk.nhs.dma.core.benchmark.MixAdjustment.MixFigure;
import uk.nhs.dma.core.benchmark.PeerBenchmarkView;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.register.HierarchyCache;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.Scenario;

/**
 * Peer benchmarks and mix-adjusted figures from projections fed with {@link Scenario}, on real PostgreSQL. In 2024
 * the acute trusts RA1 (3.5) and RA2 (2.5, moved from QOP in Y61 to QKK in Y56 on 2024-04-01), the mental health
 * trust RM1 (3.0, reopened: its submitted revision still counts) and the ambulance trust RX1 (4.0) submitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkQueriesTest {

    private BenchmarkQueries queries;
    private ReadModel model;

    @BeforeAll
    void load() {
        model = ReadModel.fresh();
        Scenario.load(model);
        queries = new BenchmarkQueries(new PeerScores(model.jdbc, new HierarchyCache(model.jdbc)));
    }

    private PeerBenchmarkView benchmark(String ods, String asOf) {
        return queries.handle(new FindPeerBenchmark(OdsCode.of(ods), 2024, date(asOf), null)).orElseThrow();
    }

    @Test
    void a_trust_against_its_own_type_nationally_and_in_its_region_of_the_date() {
        PeerBenchmarkView before = benchmark("RA1", "2024-03-31");
        assertThat(before.type()).isEqualTo("ACUTE");
        assertThat(before.regionCode()).isEqualTo("Y61");
        assertThat(before.assessmentId()).isEqualTo("RA1-2024");
        assertThat(before.measures()).hasSize(8);
        PeerBenchmarkView.MeasureBenchmark wellLed = before.measures().get(0);
        assertThat(wellLed.measureId()).isEqualTo("well-led");
        assertThat(wellLed.score()).isEqualByComparingTo("3.5");
        assertThat(wellLed.national().peers()).isEqualTo(2); // RA1 and RA2: RM1 and RX1 are other care settings
        assertThat(wellLed.national().median()).isEqualByComparingTo("3.0");
        assertThat(wellLed.national().lowerQuartile()).isEqualByComparingTo("2.75");
        assertThat(wellLed.national().upperQuartile()).isEqualByComparingTo("3.25");
        assertThat(wellLed.national().percentileRank()).isEqualByComparingTo("75");
        assertThat(wellLed.region()).isEqualTo(wellLed.national());
        assertThat(before.measures().get(7).measureId()).isEqualTo("overall");

        PeerBenchmarkView after = benchmark("RA1", "2024-04-01");
        assertThat(after.measures().get(0).national().peers()).isEqualTo(2);
        assertThat(after.measures().get(0).region().peers()).isEqualTo(1);
        assertThat(after.measures().get(0).region().percentileRank()).isEqualByComparingTo("50");
    }

    @Test
    void a_reopened_assessment_keeps_its_submitted_scores_and_no_submission_means_no_rank() {
        PeerBenchmarkView rm1 = benchmark("RM1", "2024-03-31");
        assertThat(rm1.measures().get(0).score()).isEqualByComparingTo("3.0");
        assertThat(rm1.measures().get(0).national().peers()).isEqualTo(1);

        PeerBenchmarkView ra3 = benchmark("RA3", "2024-03-31");
        assertThat(ra3.assessmentId()).isNull();
        assertThat(ra3.measures().get(0).score()).isNull();
        assertThat(ra3.measures().get(0).national().percentileRank()).isNull();
        assertThat(ra3.measures().get(0).national().peers()).isEqualTo(2);
        assertThat(ra3.measures().get(0).region()).isNull(); // Y56 held no acute trust that submitted 2024
    }

    @Test
    void as_known_at_an_instant_only_what_was_recorded_by_then() {
        assertThat(queries.handle(new FindPeerBenchmark(OdsCode.of("RA1"), 2024, date("2024-03-31"),
                Instant.parse("2020-01-01T09:30:00Z")))).as("before the register was recorded").isEmpty();
        Instant ra2Submitted = model.jdbc.queryForObject("select recorded_at from read_model.assessment_submission"
                + " where assessment_id = 'RA2-2024'", java.util.Map.of(), java.time.OffsetDateTime.class).toInstant();
        PeerBenchmarkView before = queries.handle(new FindPeerBenchmark(OdsCode.of("RA1"), 2024, date("2024-03-31"),
                ra2Submitted.minusSeconds(1))).orElseThrow();
        assertThat(before.measures().get(0).national().peers()).isEqualTo(1);
        assertThat(before.measures().get(0).national().percentileRank()).isEqualByComparingTo("50");
        assertThat(queries.handle(new FindPeerBenchmark(OdsCode.of("RA1"), 2024, date("2024-03-31"), ra2Submitted))
                .orElseThrow().measures().get(0).national().peers()).isEqualTo(2);
    }

    @Test
    void mix_adjusted_figures_of_an_icb_are_ranked_among_the_icbs_of_the_date() {
        MixAdjustedView before = queries.handle(new FindMixAdjusted(Scope.parse("ICB:QOP"), 2024, date("2024-03-31"),
                null, null));
        MixFigure wellLed = before.measures().get(0);
        // Medians: ACUTE 3.0 (3.5, 2.5), MENTAL_HEALTH 3.0, AMBULANCE 4.0; differences +0.5, -0.5, 0, 0.
        assertThat(wellLed.trusts()).isEqualTo(4);
        assertThat(wellLed.plainMean()).isEqualByComparingTo("3.25");
        assertThat(wellLed.mixAdjusted()).isEqualByComparingTo("0");
        assertThat(wellLed.groups()).isEqualTo(1);
        assertThat(before.trusts()).extracting(MixAdjustedView.TrustDifferences::odsCode).containsExactly("RA1", "RA2", "RM1",
                "RX1");
        assertThat(before.trusts().get(1).differences().get("well-led")).isEqualByComparingTo("-0.5");

        MixAdjustedView after = queries.handle(new FindMixAdjusted(Scope.parse("ICB:QKK"), 2024, date("2024-04-01"),
                null, null));
        assertThat(after.measures().get(0).plainMean()).isEqualByComparingTo("2.5");
        assertThat(after.measures().get(0).plainRank()).isEqualTo(2);
        assertThat(after.measures().get(0).mixAdjusted()).isEqualByComparingTo("-0.5");
        assertThat(after.measures().get(0).mixAdjustedRank()).isEqualTo(2);
        assertThat(after.measures().get(0).groups()).isEqualTo(2);

        MixAdjustedView region = queries.handle(new FindMixAdjusted(Scope.parse("REGION:Y61"), 2024,
                date("2024-04-01"), null, Set.of("RA1")));
        assertThat(region.measures().get(0).plainMean()).isEqualByComparingTo(new BigDecimal("3.5"));
        assertThat(region.measures().get(0).mixAdjusted()).isEqualByComparingTo("0.1667");
        assertThat(region.trusts()).extracting(MixAdjustedView.TrustDifferences::odsCode).containsExactly("RA1");
    }
}
