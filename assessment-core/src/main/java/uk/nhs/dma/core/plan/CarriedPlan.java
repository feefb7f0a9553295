package uk.nhs.dma.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Last year's improvement plan of a measure as carried into this year's assessment: the plan, the score it rests on
 * ({@code baseline}), its planned target (the highest target of its actions done or still open; null when every
 * action was dropped or there is none), the counts of its done and dropped actions, and its open actions
 * ({@code PLANNED} or {@code IN_PROGRESS}) by due date, each flagged {@code overdue} when due before today.
 */
public record CarriedPlan(String measureId, String planId, int planYear, BigDecimal baseline, Integer plannedTarget,
                          int doneActions, int droppedActions, List<OpenAction> openActions) {

    /** An action still to be done. */
    public record OpenAction(int action, String description, String owner, LocalDate dueDate, int targetScore,
                             ActionStatus status, boolean overdue) {
    }
}
