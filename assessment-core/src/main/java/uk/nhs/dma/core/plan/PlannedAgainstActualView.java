package uk.nhs.dma.core.plan;

import java.math.BigDecimal;

/**
 * Planned against actual for one organisation and year: one row per WGLL measure, in the published order.
 * {@code plannedTarget} is the highest target of the previous year's plan's actions that are DONE or still open
 * (PLANNED, IN_PROGRESS), never DROPPED ones; {@code plannedFrom} says which: {@code DONE}, {@code OPEN} or
 * {@code DONE_AND_OPEN} (both reach it), null with no such action. {@code doneTarget} and {@code openTarget} give
 * each apart. {@code actual} is the year's latest submitted score (null before a submission), and {@code met}
 * whether it reaches the planned target.
 */
public record PlannedAgainstActualView(String odsCode, int year, int planYear, boolean submitted,
                                       java.util.List<Row> measures) {

    public record Row(String measureId, String planId, BigDecimal baseline, Integer plannedTarget,
                      String plannedFrom, Integer doneTarget, Integer openTarget, int doneActions, int openActions,
                      int droppedActions, BigDecimal actual, Boolean met) {
    }
}
