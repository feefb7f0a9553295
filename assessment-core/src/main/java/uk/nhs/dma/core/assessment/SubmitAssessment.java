package uk.nhs.dma.core.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SubmitAssessment(@TargetAggregateIdentifier AssessmentId assessmentId,
                               @TargetAggregateVersion Long expectedVersion) {
}
