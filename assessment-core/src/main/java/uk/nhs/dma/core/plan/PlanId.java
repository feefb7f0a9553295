package uk.nhs.dma.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * One improvement plan per organisation, assessment year and WGLL measure: {@code {odsCode}-{year}-{measureId}},
 * e.g. {@code RJ1-2024-well-led}. The measure part is lower-case, so it never collides with another stream.
 */
public record PlanId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,6}-\\d{4}-[a-z]+(-[a-z]+)*");

    @JsonCreator
    public PlanId {
        Identifier.check(value, FORMAT, "planId",
                "an ODS code, a four-digit year and a measure id joined by '-', e.g. RJ1-2024-well-led");
    }

    public static PlanId of(OdsCode odsCode, int year, String measureId) {
        return new PlanId(odsCode.value() + "-" + year + "-" + measureId);
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    public OdsCode odsCode() {
        return OdsCode.of(value.substring(0, value.indexOf('-')));
    }

    public int year() {
        int start = value.indexOf('-') + 1;
        return Integer.parseInt(value.substring(start, start + 4));
    }

    public String measureId() {
        return value.substring(value.indexOf('-') + 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
