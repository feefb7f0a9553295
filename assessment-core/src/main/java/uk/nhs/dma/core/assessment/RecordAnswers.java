package uk.nhs.dma.core.assessment;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordAnswers(@TargetAggregateIdentifier AssessmentId assessmentId, List<Answer> answers,
                            @TargetAggregateVersion Long expectedVersion) {
}
