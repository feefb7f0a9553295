package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

public record OrganisationReassigned(OdsCode odsCode, OdsCode previousParentCode, OdsCode parentCode,
                                     LocalDate effectiveFrom) {
}
