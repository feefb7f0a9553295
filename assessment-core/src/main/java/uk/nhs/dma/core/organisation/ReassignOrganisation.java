package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReassignOrganisation(@TargetAggregateIdentifier OdsCode odsCode, OdsCode parentCode,
                                   LocalDate effectiveFrom, @TargetAggregateVersion Long expectedVersion) {
}
