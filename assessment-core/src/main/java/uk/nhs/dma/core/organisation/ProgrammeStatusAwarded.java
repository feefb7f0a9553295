package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

@JsonTypeName("ProgrammeStatusAwarded")
public record ProgrammeStatusAwarded(OdsCode odsCode, ProgrammeStatus status, LocalDate awardedOn)
        implements OrganisationEvent {

    @Override
    public <C> void dispatch(OrganisationEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
