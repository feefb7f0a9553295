package uk.nhs.dma.core.capability;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * An organisation declared a capability's status, in force from a date until its next declaration. {@code
 * declaration} numbers the declarations of this organisation and capability from 1.
 */
@JsonTypeName("CapabilityDeclared")
public record CapabilityDeclared(OdsCode odsCode, Capability capability, int declaration, CapabilityStatus status,
                                 LocalDate effectiveFrom, String note) implements CapabilityEvent {

    @Override
    public <C> void dispatch(CapabilityEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
