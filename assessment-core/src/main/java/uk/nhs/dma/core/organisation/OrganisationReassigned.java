package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

@JsonTypeName("OrganisationReassigned")
public record OrganisationReassigned(OdsCode odsCode, OdsCode previousParentCode, OdsCode parentCode,
                                     LocalDate effectiveFrom) implements OrganisationEvent {

    @Override
    public <C> void dispatch(OrganisationEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
