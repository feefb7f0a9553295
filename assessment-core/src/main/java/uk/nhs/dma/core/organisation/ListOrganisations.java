package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import uk.nhs.dma.core.query.PageRequest;

/** Organisations of a type and/or under a parent as of a date (nulls: any). Answered with a page of views. */
public record ListOrganisations(OrganisationType type, OdsCode parentCode, LocalDate asOf, PageRequest page) {
}
