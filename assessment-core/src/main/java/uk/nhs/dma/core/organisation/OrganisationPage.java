package uk.nhs.dma.core.organisation;

import java.util.List;

/** One page of organisations, and how many match in all. */
public record OrganisationPage(List<OrganisationView> items, long total) {
}
