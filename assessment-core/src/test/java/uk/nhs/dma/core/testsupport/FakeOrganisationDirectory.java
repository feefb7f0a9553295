package uk.nhs.dma.core.testsupport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationDirectory;
import uk.nhs.dma.core.organisation.OrganisationSnapshot;
import uk.nhs.dma.core.organisation.OrganisationType;

/** In-memory organisation register for command handlers' cross-aggregate checks. */
public final class FakeOrganisationDirectory implements OrganisationDirectory {

    private final Map<OdsCode, OrganisationSnapshot> byCode = new HashMap<>();

    public FakeOrganisationDirectory add(String code, OrganisationType type, LocalDate openedOn, LocalDate closedOn) {
        OdsCode odsCode = OdsCode.of(code);
        byCode.put(odsCode, new OrganisationSnapshot("Organisation " + code,
                new Hierarchy.Node(odsCode, type, openedOn, closedOn, List.of())));
        return this;
    }

    public FakeOrganisationDirectory open(String code, OrganisationType type, LocalDate openedOn) {
        return add(code, type, openedOn, null);
    }

    @Override
    public Optional<OrganisationSnapshot> find(OdsCode odsCode) {
        return Optional.ofNullable(byCode.get(odsCode));
    }
}
