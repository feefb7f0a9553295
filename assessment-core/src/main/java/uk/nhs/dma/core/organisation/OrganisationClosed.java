package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

@JsonTypeName("OrganisationClosed")
public record OrganisationClosed(OdsCode odsCode, LocalDate closedOn, OdsCode successorOdsCode)
        implements OrganisationEvent {

    @Override
    public <C> void dispatch(OrganisationEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
