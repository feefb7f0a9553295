package uk.nhs.dma.core.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Identifier;

/**
 * A framework version's id: lower-case words joined by hyphens, ending in a four-digit year, e.g. wgll-2024.
 * Target ids never end in a year, so the two kinds of id can never name the same event stream.
 */
public record FrameworkId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){0,4}-\\d{4}");

    @JsonCreator
    public FrameworkId {
        Identifier.check(value, FORMAT, "frameworkId", "lower-case words joined by '-' ending in a four-digit year, e.g. wgll-2024");
        if (value.length() > 40) {
            Identifier.check(null, FORMAT, "frameworkId", "at most 40 characters");
        }
    }

    public static FrameworkId of(String value) {
        return new FrameworkId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
