package uk.nhs.dma.core.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws an attached evidence item, with a reason; the item stays in the history. */
public record WithdrawEvidence(@TargetAggregateIdentifier AssessmentId assessmentId, String evidenceId,
                               String reason, @TargetAggregateVersion Long expectedVersion) {
}
