package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

/** One organisation, with its parent as of the given date. Answered with an optional {@link OrganisationView}. */
public record FindOrganisation(OdsCode odsCode, LocalDate asOf) {
}
