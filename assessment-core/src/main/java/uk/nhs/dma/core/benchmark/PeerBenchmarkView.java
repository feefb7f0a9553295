package uk.nhs.dma.core.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's year against its peers: per measure (and {@code overall}), its score (null if it has not
 * submitted the year) and the {@link PeerStatistics} of its peers nationally and in its region (null without peers).
 */
public record PeerBenchmarkView(String odsCode, String type, String regionCode, int year, LocalDate asOf,
                                String assessmentId, Integer revision, List<MeasureBenchmark> measures) {

    public static final String OVERALL = "overall";

    public record MeasureBenchmark(String measureId, BigDecimal score, PeerStatistics national, PeerStatistics region) {
    }
}
