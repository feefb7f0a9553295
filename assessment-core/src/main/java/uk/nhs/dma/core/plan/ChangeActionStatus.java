package uk.nhs.dma.core.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Moves an action to another status; the note (required) says why. */
public record ChangeActionStatus(@TargetAggregateIdentifier PlanId planId, Integer action, ActionStatus status,
                                 String note, @TargetAggregateVersion Long expectedVersion) {
}
