package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

public record OrganisationRegistered(OdsCode odsCode, String name, OrganisationType type, OdsCode parentCode,
                                     LocalDate openedOn) {
}
