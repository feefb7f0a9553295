package uk.nhs.dma.core.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DeclareEpr(@TargetAggregateIdentifier AssessmentId assessmentId, EprStatus status, String supplier,
                         LocalDate liveSince, @TargetAggregateVersion Long expectedVersion) {
}
