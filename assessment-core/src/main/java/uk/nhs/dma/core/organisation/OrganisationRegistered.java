package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** An organisation entered the register. Events stored before {@code cqcLocationId} existed read it as null. */
@JsonTypeName("OrganisationRegistered")
public record OrganisationRegistered(OdsCode odsCode, String name, OrganisationType type, OdsCode parentCode,
                                     LocalDate openedOn, CqcLocationId cqcLocationId) implements OrganisationEvent {

    public OrganisationRegistered(OdsCode odsCode, String name, OrganisationType type, OdsCode parentCode,
                                  LocalDate openedOn) {
        this(odsCode, name, type, parentCode, openedOn, null);
    }

    @Override
    public <C> void dispatch(OrganisationEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
