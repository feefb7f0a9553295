package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AwardProgrammeStatus(@TargetAggregateIdentifier OdsCode odsCode, ProgrammeStatus status,
                                   LocalDate awardedOn, @TargetAggregateVersion Long expectedVersion) {
}
