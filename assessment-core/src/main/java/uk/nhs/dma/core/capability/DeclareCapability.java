package uk.nhs.dma.core.capability;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.dma.core.organisation.OdsCode;

/** Declares a capability's status from a date; {@code note} (optional) says what the declaration rests on. */
public record DeclareCapability(OdsCode odsCode, Capability capability, CapabilityStatus status,
                                LocalDate effectiveFrom, String note) {

    /** The organisation's history of this capability; the command is refused before this if either part is missing. */
    @TargetAggregateIdentifier
    public String recordId() {
        if (odsCode == null || capability == null) {
            return null;
        }
        return CapabilityRecordId.of(odsCode, capability).value();
    }
}
