package uk.nhs.dma.core.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Revises an open action: every field as it should now be, and an optional note on why. */
public record ReviseAction(@TargetAggregateIdentifier PlanId planId, Integer action, String description, String owner,
                           LocalDate dueDate, Integer targetScore, String note,
                           @TargetAggregateVersion Long expectedVersion) {
}
