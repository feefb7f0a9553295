package uk.nhs.dma.projections.trajectory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.TrajectoryView;

/**
 * The trajectory toward core capability, as pure functions of an organisation's submitted years.
 *
 * <ul>
 * <li>gap to core, per measure: max(0, minimum - score); the total gap is their sum;</li>
 * <li>trend, per measure: the least-squares slope b of score over year across the submitted years,
 *     with intercept a, so the trend value in year y is a + b*y;</li>
 * <li>projected core year: the first whole year, from the latest submitted year on, in which every measure's
 *     trend value is at least the core minimum (of the latest year's framework); none if a measure's trend
 *     never gets there;</li>
 * <li>status: ACHIEVED if the latest year is core capable; otherwise INSUFFICIENT_DATA with fewer than two
 *     submitted years; ON_TRACK if the projected year is no later than the deadline year; else OFF_TRACK.</li>
 * </ul>
 */
public final class TrajectoryMath {

    private static final double EPSILON = 1e-9;

    private TrajectoryMath() {
    }

    /** One submitted year: the latest submitted revision of that year's assessment. */
    public record YearResult(int year, String assessmentId, int revision, Map<String, BigDecimal> measures,
                             BigDecimal overall, EprStatus eprStatus, boolean coreCapability, boolean foundational,
                             BigDecimal coreMinimum) {
    }

    public static TrajectoryView compute(String odsCode, List<YearResult> results, int deadlineYear) {
        List<YearResult> years = results.stream().sorted(Comparator.comparingInt(YearResult::year)).toList();
        List<TrajectoryView.Year> rows = years.stream().map(TrajectoryMath::row).toList();
        Map<String, Line> lines = years.size() < 2 ? Map.of() : lines(years);
        Map<String, BigDecimal> trend = new LinkedHashMap<>();
        lines.forEach((measure, line) -> trend.put(measure, BigDecimal.valueOf(line.slope).setScale(4, RoundingMode.HALF_EVEN)));
        Integer projected = years.size() < 2 ? null
                : projectedYear(lines, years.get(years.size() - 1).coreMinimum().doubleValue(),
                        years.get(years.size() - 1).year());
        return new TrajectoryView(odsCode, rows, trend, projected, status(years, projected, deadlineYear));
    }

    static TrajectoryView.Status status(List<YearResult> years, Integer projected, int deadlineYear) {
        if (!years.isEmpty() && years.get(years.size() - 1).coreCapability()) {
            return TrajectoryView.Status.ACHIEVED;
        }
        if (years.size() < 2) {
            return TrajectoryView.Status.INSUFFICIENT_DATA;
        }
        return projected != null && projected <= deadlineYear
                ? TrajectoryView.Status.ON_TRACK : TrajectoryView.Status.OFF_TRACK;
    }

    /** The first year from {@code fromYear} on where every line is at least the minimum; null if there is none. */
    static Integer projectedYear(Map<String, Line> lines, double minimum, int fromYear) {
        long from = fromYear;
        long until = Long.MAX_VALUE;
        for (Line line : lines.values()) {
            if (Math.abs(line.slope) < EPSILON) {
                if (line.intercept + line.slope * fromYear < minimum - EPSILON) {
                    return null;
                }
            } else if (line.slope > 0) {
                from = Math.max(from, (long) Math.ceil((minimum - line.intercept) / line.slope - EPSILON));
            } else {
                until = Math.min(until, (long) Math.floor((minimum - line.intercept) / line.slope + EPSILON));
            }
        }
        return from <= until && from <= Integer.MAX_VALUE ? (int) from : null;
    }

    /** A least-squares line per measure over the years that scored it. */
    static Map<String, Line> lines(List<YearResult> years) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (String measure : years.get(years.size() - 1).measures().keySet()) {
            List<double[]> points = years.stream().filter(y -> y.measures().containsKey(measure))
                    .map(y -> new double[] {y.year(), y.measures().get(measure).doubleValue()}).toList();
            if (points.size() >= 2) {
                lines.put(measure, Line.fit(points));
            }
        }
        return lines;
    }

    private static TrajectoryView.Year row(YearResult y) {
        Map<String, BigDecimal> gaps = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> score : y.measures().entrySet()) {
            BigDecimal gap = y.coreMinimum().subtract(score.getValue()).max(BigDecimal.ZERO).setScale(4, RoundingMode.HALF_EVEN);
            gaps.put(score.getKey(), gap);
            total = total.add(gap);
        }
        return new TrajectoryView.Year(y.year(), y.assessmentId(), y.revision(), y.measures(), y.overall(),
                y.eprStatus(), y.coreCapability(), y.foundational(), gaps, total);
    }

    /** y = intercept + slope * x. */
    record Line(double intercept, double slope) {

        static Line fit(List<double[]> points) {
            double meanX = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
            double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
            double sxy = 0;
            double sxx = 0;
            for (double[] p : points) {
                sxy += (p[0] - meanX) * (p[1] - meanY);
                sxx += (p[0] - meanX) * (p[0] - meanX);
            }
            double slope = sxx == 0 ? 0 : sxy / sxx;
            return new Line(meanY - slope * meanX, slope);
        }
    }
}
