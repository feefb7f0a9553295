package uk.nhs.dma.core.assessment;

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

    public record Year(int year, String assessmentId, int revision, Map<String, BigDecimal> measures,
                       BigDecimal overall, EprStatus eprStatus, boolean coreCapability, boolean foundational,
                       Map<String, BigDecimal> gapToCore, BigDecimal totalGap) {
    }
}
