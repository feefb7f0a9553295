package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CloseOrganisation(@TargetAggregateIdentifier OdsCode odsCode, LocalDate closedOn,
                                OdsCode successorOdsCode, @TargetAggregateVersion Long expectedVersion) {
}
