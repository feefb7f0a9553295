package uk.nhs.dma.core.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds an action to a plan: what, who, by when, and the whole-number score (1 to 5) it aims the measure at;
 * {@code expectedVersion} (optional) refuses it if the plan changed since it was read.
 */
public record AddAction(@TargetAggregateIdentifier PlanId planId, String description, String owner,
                        LocalDate dueDate, Integer targetScore,
                        @TargetAggregateVersion Long expectedVersion) {
}
