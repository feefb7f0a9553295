package uk.nhs.dma.seeds;

import java.time.LocalDate;
import uk.nhs.dma.core.organisation.OrganisationType;

/** One row of the reference register (reference/nhs-trusts.csv). */
public record TrustRecord(String odsCode, String name, OrganisationType type, String regionCode, String regionName,
                          String icbCode, String icbName, LocalDate opened, LocalDate closed) {
}
