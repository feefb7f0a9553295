package uk.nhs.dma.seeds;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;

/** One row of the reference register (reference/nhs-trusts.csv). */
public record TrustRecord(String odsCode, String name, OrganisationType type, String regionCode, String regionName,
                          String icbCode, String icbName, LocalDate opened, LocalDate closed) {

    /** The trust's place in the hierarchy, as {@link ReferenceRegister} registers and closes it. */
    public Hierarchy.Node node() {
        return new Hierarchy.Node(OdsCode.of(odsCode), type, opened, closed,
                List.of(new ParentAssignment(OdsCode.of(icbCode), opened)));
    }
}
