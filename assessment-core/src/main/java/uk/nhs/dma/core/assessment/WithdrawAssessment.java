package uk.nhs.dma.core.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws a draft that was started by mistake and never submitted; the year may be started again. */
public record WithdrawAssessment(@TargetAggregateIdentifier AssessmentId assessmentId, String reason,
                                 @TargetAggregateVersion Long expectedVersion) {
}
