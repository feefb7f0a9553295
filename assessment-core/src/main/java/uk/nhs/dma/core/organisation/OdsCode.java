package uk.nhs.dma.core.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;

/** An Organisation Data Service code: 2 to 6 upper-case letters or digits, e.g. RJ1, QOP, Y56. */
public record OdsCode(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,6}");

    @JsonCreator
    public OdsCode {
        Identifier.check(value, FORMAT, "odsCode", "2 to 6 upper-case letters or digits");
    }

    public static OdsCode of(String value) {
        return new OdsCode(value);
    }

    /** For optional references: null stays null, anything else must be a valid code. */
    public static OdsCode ofNullable(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return new OdsCode(Identifier.check(value, FORMAT, field, "2 to 6 upper-case letters or digits"));
    }

    @Override
    public String toString() {
        return value;
    }
}
