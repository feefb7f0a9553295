package uk.nhs.dma.core.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;

/**
 * A national target's id: lower-case words joined by hyphens, not ending in a four-digit year (that form
 * belongs to framework ids), e.g. epr-coverage.
 */
public record TargetId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,7}");
    private static final Pattern NOT_A_FRAMEWORK_ID = Pattern.compile("(?!.*-\\d{4}$).*");

    @JsonCreator
    public TargetId {
        Identifier.check(value, FORMAT, "targetId", "lower-case letters and digits in words joined by '-', e.g. epr-coverage");
        Identifier.check(value, NOT_A_FRAMEWORK_ID, "targetId", "must not end in '-' and a four-digit year");
    }

    public static TargetId of(String value) {
        return new TargetId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
