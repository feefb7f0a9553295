package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an organisation; {@code cqcLocationId} (optional) is the CQC location id of a general practice or an
 * adult social care provider.
 */
public record RegisterOrganisation(@TargetAggregateIdentifier OdsCode odsCode, String name, OrganisationType type,
                                   OdsCode parentCode, LocalDate openedOn, CqcLocationId cqcLocationId) {

    public RegisterOrganisation(OdsCode odsCode, String name, OrganisationType type, OdsCode parentCode,
                                LocalDate openedOn) {
        this(odsCode, name, type, parentCode, openedOn, null);
    }
}
