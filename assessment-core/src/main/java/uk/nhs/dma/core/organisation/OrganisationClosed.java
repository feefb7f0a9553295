package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

public record OrganisationClosed(OdsCode odsCode, LocalDate closedOn, OdsCode successorOdsCode) {
}
