package uk.nhs.dma.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scope's organisations and their results for one year: counts, means, and one row per organisation, all over
 * the organisations the caller may read; {@code withheld} counts those of the scope it may not (moved away since).
 */
public record SummaryView(Scope scope, int year, LocalDate asOf, int organisations, int withheld, int assessed,
                          Map<String, BigDecimal> measureMeans, BigDecimal overallMean, int coreCapable,
                          int foundational, int eprLive, List<Row> rows) {

    public record Row(String odsCode, String name, String type, String regionCode, String icbCode,
                      String assessmentId, Integer revision, String status, Map<String, BigDecimal> measures,
                      BigDecimal overall, Boolean coreCapability, Boolean foundational, String eprStatus,
                      LocalDate liveSince) {
    }
}
