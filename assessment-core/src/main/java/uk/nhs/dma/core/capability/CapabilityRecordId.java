package uk.nhs.dma.core.capability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * One declaration history per organisation and capability: {@code {odsCode}-{CAPABILITY}}, e.g.
 * {@code RJ1-DSPT_STANDARD}. Never an ODS code alone, so it cannot collide with the organisation's own stream.
 */
public record CapabilityRecordId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,6}-[A-Z_]{3,40}");

    @JsonCreator
    public CapabilityRecordId {
        Identifier.check(value, FORMAT, "capabilityRecordId", "an ODS code, '-', and a capability, e.g. RJ1-DSPT_STANDARD");
    }

    public static CapabilityRecordId of(OdsCode odsCode, Capability capability) {
        return new CapabilityRecordId(odsCode.value() + "-" + capability.name());
    }

    @Override
    public String toString() {
        return value;
    }
}
