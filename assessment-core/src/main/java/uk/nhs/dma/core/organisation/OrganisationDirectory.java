package uk.nhs.dma.core.organisation;

import java.util.Optional;

/** Lets a command handler look at another organisation, as recorded by its own events. */
public interface OrganisationDirectory {

    Optional<OrganisationSnapshot> find(OdsCode odsCode);
}
