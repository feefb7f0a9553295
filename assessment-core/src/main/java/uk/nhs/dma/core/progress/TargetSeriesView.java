package uk.nhs.dma.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target over time: its figure at each quarter end (each under the rule in force on that date), and every
 * milestone that was part of the rule in force on its own due date, judged then (later ones: {@code met} null).
 */
public record TargetSeriesView(String targetId, LocalDate asOf, Scope scope, List<Point> points,
                               List<MilestoneResult> milestones) {

    /** The figure on one date; {@code revision} 0 is the original definition. */
    public record Point(LocalDate date, int numerator, int denominator, BigDecimal percent, int revision) {
    }

    public record MilestoneResult(LocalDate dueBy, BigDecimal thresholdPercent, int revision,
                                  BigDecimal percentAtDueBy, Boolean met) {
    }
}
