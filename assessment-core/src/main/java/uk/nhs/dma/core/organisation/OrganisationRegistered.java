package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

@JsonTypeName("OrganisationRegistered")
public record OrganisationRegistered(OdsCode odsCode, String name, OrganisationType type, OdsCode parentCode,
                                     LocalDate openedOn) implements OrganisationEvent {

    @Override
    public <C> void dispatch(OrganisationEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
