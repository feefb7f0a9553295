package uk.nhs.dma.core.common;

import java.util.regex.Pattern;

/** Shared checks for the string identifiers the domain's typed ids wrap. */
public final class Identifier {

    private Identifier() {
    }

    public static String check(String value, Pattern pattern, String field, String description) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw RuleViolation.invalid(field, field + " '" + value + "' is not valid: " + description);
        }
        return value;
    }
}
