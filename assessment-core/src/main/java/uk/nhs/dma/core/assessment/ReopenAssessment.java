package uk.nhs.dma.core.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReopenAssessment(@TargetAggregateIdentifier AssessmentId assessmentId, String reason,
                               @TargetAggregateVersion Long expectedVersion) {
}
