package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Per submitted year the measure scores and the gap to core capability; the least-squares trend of each measure
 * (points per year); the first year every trend reaches the core minimum; and the status that follows.
 */
public record TrajectoryView(String odsCode, List<Year> years, Map<String, BigDecimal> trend, Integer projectedCoreYear,
                             Status status) {

    public enum Status { ACHIEVED, INSUFFICIENT_DATA, ON_TRACK, OFF_TRACK }

    /**
     * One submitted year; {@code domains}, beside the measures, the year's domain scores in its framework's order
     * (left out for a framework without domains: domains change across years, the seven measures do not).
     */
    public record Year(int year, String assessmentId, int revision, Map<String, BigDecimal> measures,
                       BigDecimal overall, EprStatus eprStatus, boolean coreCapability, boolean foundational,
                       Map<String, BigDecimal> gapToCore, BigDecimal totalGap,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, BigDecimal> domains) {

        public Year {
            domains = domains == null ? Map.of() : domains;
        }

        public Year(int year, String assessmentId, int revision, Map<String, BigDecimal> measures, BigDecimal overall,
                    EprStatus eprStatus, boolean coreCapability, boolean foundational, Map<String, BigDecimal> gapToCore,
                    BigDecimal totalGap) {
            this(year, assessmentId, revision, measures, overall, eprStatus, coreCapability, foundational, gapToCore,
                    totalGap, Map.of());
        }

        public Year withDomains(Map<String, BigDecimal> scores) {
            return new Year(year, assessmentId, revision, measures, overall, eprStatus, coreCapability, foundational,
                    gapToCore, totalGap, scores);
        }
    }
}
