package uk.nhs.dma.api.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.web.CsvTable;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.framework.WgllMeasures;

/**
 * A trajectory as CSV (and .xlsx): a row per submitted year with its measure scores, verdicts and gaps to core
 * ({@code gap-<measure>}), each measure's trend, the projected core year and the status repeated on every row.
 */
@Configuration(proxyBeanMethods = false)
class TrajectoryCsv {

    static final String GAP = "gap-";

    public record YearRow(String odsCode, int year, String assessmentId, int revision, Map<String, BigDecimal> measures,
                   BigDecimal overall, String eprStatus, boolean coreCapability, boolean foundational,
                   Map<String, BigDecimal> gaps, BigDecimal totalGap, Map<String, BigDecimal> trends,
                   Integer projectedCoreYear, String status) {
    }

    @Bean
    CsvTable<TrajectoryView> trajectoryTable() {
        return CsvTable.of(TrajectoryView.class, TrajectoryCsv::rows, YearRow.class, Map.of(
                "measures", List.copyOf(WgllMeasures.IDS),
                "gaps", WgllMeasures.IDS.stream().map(id -> GAP + id).toList(),
                "trends", WgllMeasures.IDS.stream().map(id -> "trend-" + id).toList()));
    }

    static List<YearRow> rows(TrajectoryView view) {
        Map<String, BigDecimal> trends = prefixed("trend-", view.trend());
        return view.years().stream().map(y -> new YearRow(view.odsCode(), y.year(), y.assessmentId(), y.revision(),
                y.measures(), y.overall(), y.eprStatus() == null ? null : y.eprStatus().name(), y.coreCapability(),
                y.foundational(), prefixed(GAP, y.gapToCore()), y.totalGap(), trends, view.projectedCoreYear(),
                view.status() == null ? null : view.status().name())).toList();
    }

    private static Map<String, BigDecimal> prefixed(String prefix, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> out.put(prefix + k, v));
        }
        return out;
    }
}
