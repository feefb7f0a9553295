package uk.nhs.dma.core.assessment;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Confirms answers carried forward from last year, as they stand, by question id. */
public record ConfirmAnswers(@TargetAggregateIdentifier AssessmentId assessmentId, List<String> questionIds,
                             @TargetAggregateVersion Long expectedVersion) {
}
