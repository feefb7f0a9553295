package uk.nhs.dma.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The overdue actions of a scope, oldest due date first; {@code withheld}: how many the caller may not read. */
public record OverdueActionsView(String scope, LocalDate before, Instant knownAt, int count, int withheld,
                                 List<Row> actions) {

    public record Row(String odsCode, String organisation, String region, String icb, String planId, int year,
                      String measureId, int action, String description, String owner, LocalDate dueDate,
                      long daysOverdue, int targetScore, ActionStatus status) {
    }
}
