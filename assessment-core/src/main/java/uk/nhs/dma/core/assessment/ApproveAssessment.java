package uk.nhs.dma.core.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ApproveAssessment(@TargetAggregateIdentifier AssessmentId assessmentId, LocalDate boardDate,
                                @TargetAggregateVersion Long expectedVersion) {
}
