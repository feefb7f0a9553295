package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterOrganisation(@TargetAggregateIdentifier OdsCode odsCode, String name, OrganisationType type,
                                   OdsCode parentCode, LocalDate openedOn) {
}
