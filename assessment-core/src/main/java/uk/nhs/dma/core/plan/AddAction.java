package uk.nhs.dma.core.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an action to a plan: what, who, by when, and the whole-number score (1 to 5) it aims the measure at. */
public record AddAction(@TargetAggregateIdentifier PlanId planId, String description, String owner,
                        LocalDate dueDate, Integer targetScore) {
}
