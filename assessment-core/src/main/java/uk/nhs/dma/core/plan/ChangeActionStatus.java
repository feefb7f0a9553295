package uk.nhs.dma.core.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an action to another status; the note (required) says why. */
public record ChangeActionStatus(@TargetAggregateIdentifier PlanId planId, Integer action, ActionStatus status,
                                 String note) {
}
