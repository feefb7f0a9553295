package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;

/** A Care Quality Commission location id: "1-" and 8 to 11 digits, e.g. 1-101680289. */
public record CqcLocationId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("1-\\d{8,11}");

    @JsonCreator
    public CqcLocationId {
        Identifier.check(value, FORMAT, "cqcLocationId", "'1-' and 8 to 11 digits, e.g. 1-101680289");
    }

    /** For an optional field: null or blank stays null, anything else must be a valid id. */
    public static CqcLocationId ofNullable(String value) {
        return value == null || value.isBlank() ? null : new CqcLocationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
