package uk.nhs.dma.core.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One score against its peers' scores (the peers include the organisation itself when it has a score):
 * <ul>
 *   <li>median and quartiles by linear interpolation between closest ranks (Hyndman and Fan's type 7, the default of
 *   R and NumPy, Excel's QUARTILE.INC): over the n sorted scores x[0..n-1], the p-quantile is x[h] interpolated
 *   at h = (n - 1) p; kept to 4 decimal places, half-even, like the scores;</li>
 *   <li>percentile rank, mid-rank definition: 100 x (peers scoring below + half of those scoring the same) / n, to 2
 *   decimal places (half-up); null when the organisation has no score.</li>
 * </ul>
 */
public record PeerStatistics(int peers, BigDecimal median, BigDecimal lowerQuartile, BigDecimal upperQuartile,
                             BigDecimal percentileRank) {

    static final int SCALE = 4;

    /** The statistics of {@code own} among {@code peers}; empty without peers. */
    public static Optional<PeerStatistics> of(List<BigDecimal> peers, BigDecimal own) {
        List<BigDecimal> sorted = peers.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PeerStatistics(sorted.size(), quantile(sorted, new BigDecimal("0.5")),
                quantile(sorted, new BigDecimal("0.25")), quantile(sorted, new BigDecimal("0.75")),
                own == null ? null : percentileRank(sorted, own)));
    }

    /** The type-7 p-quantile of sorted values (0 <= p <= 1), to 4 decimal places. */
    public static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        if (sorted.isEmpty() || p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a quantile needs values and 0 <= p <= 1");
        }
        BigDecimal h = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
        int low = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(low));
        BigDecimal value = sorted.get(low);
        if (fraction.signum() > 0) {
            value = value.add(fraction.multiply(sorted.get(low + 1).subtract(value)));
        }
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** Mid-rank percentile: 100 x (below + equal / 2) / n, to 2 decimal places. */
    public static BigDecimal percentileRank(List<BigDecimal> scores, BigDecimal own) {
        long below = scores.stream().filter(s -> s.compareTo(own) < 0).count();
        long equal = scores.stream().filter(s -> s.compareTo(own) == 0).count();
        return BigDecimal.valueOf(200 * below + 100 * equal)
                .divide(BigDecimal.valueOf(2L * scores.size()), 2, RoundingMode.HALF_UP);
    }
}
