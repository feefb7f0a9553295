package uk.nhs.dma.core.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as known at an instant: what it rests on, each action as it now stands, and every change in order.
 * {@code version} is the sequence number of its latest event (the ETag).
 */
public record PlanView(String planId, String odsCode, int year, String measureId, int revision, BigDecimal score,
                       BigDecimal coreMinimum, Instant openedAt, String openedBy, long version,
                       List<Action> actions, List<Change> history) {

    /** An action as it stands: {@code updatedAt}/{@code updatedBy} of its latest change. */
    public record Action(int action, String description, String owner, LocalDate dueDate, int targetScore,
                         ActionStatus status, Instant updatedAt, String updatedBy) {
    }

    /** One event of the plan's actions: ADDED, STATUS (from, to, note) or REVISED (the fields as revised, note). */
    public record Change(long sequence, int action, String change, ActionStatus from, ActionStatus to,
                         String description, String owner, LocalDate dueDate, int targetScore, String note,
                         Instant recordedAt, String recordedBy) {
    }
}
