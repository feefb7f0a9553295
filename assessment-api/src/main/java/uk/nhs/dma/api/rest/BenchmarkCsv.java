package uk.nhs.dma.api.rest;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.web.CsvTable;
import uk.nhs.dma.core.benchmark.MixAdjustedView;
import uk.nhs.dma.core.benchmark.MixAdjustment;
import uk.nhs.dma.core.benchmark.PeerBenchmarkView;
import uk.nhs.dma.core.benchmark.PeerStatistics;

/** Peer benchmarks as CSV (and .xlsx): a row per measure; mix-adjusted figures: a row per measure of the group. */
@Configuration(proxyBeanMethods = false)
class BenchmarkCsv {

    public record MeasureRow(String odsCode, String type, int year, String measureId, BigDecimal score,
                             Integer nationalPeers, BigDecimal nationalMedian, BigDecimal nationalLowerQuartile,
                             BigDecimal nationalUpperQuartile, BigDecimal nationalPercentileRank, String regionCode,
                             Integer regionPeers, BigDecimal regionMedian, BigDecimal regionLowerQuartile,
                             BigDecimal regionUpperQuartile, BigDecimal regionPercentileRank) {

        static MeasureRow of(PeerBenchmarkView view, PeerBenchmarkView.MeasureBenchmark m) {
            PeerStatistics n = m.national();
            PeerStatistics r = m.region();
            return new MeasureRow(view.odsCode(), view.type(), view.year(), m.measureId(), m.score(),
                    n == null ? null : n.peers(), n == null ? null : n.median(), n == null ? null : n.lowerQuartile(),
                    n == null ? null : n.upperQuartile(), n == null ? null : n.percentileRank(), view.regionCode(),
                    r == null ? null : r.peers(), r == null ? null : r.median(), r == null ? null : r.lowerQuartile(),
                    r == null ? null : r.upperQuartile(), r == null ? null : r.percentileRank());
        }
    }

    @Bean
    CsvTable<PeerBenchmarkView> benchmarkTable() {
        return CsvTable.of(PeerBenchmarkView.class,
                view -> view.measures().stream().map(m -> MeasureRow.of(view, m)).toList(), MeasureRow.class,
                Map.of());
    }

    @Bean
    CsvTable<MixAdjustedView> mixAdjustedTable() {
        return CsvTable.of(MixAdjustedView.class, MixAdjustedView::measures, MixAdjustment.MixFigure.class, Map.of());
    }
}
