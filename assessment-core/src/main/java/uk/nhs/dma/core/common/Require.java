package uk.nhs.dma.core.common;

import java.time.LocalDate;
import java.util.Collection;

/** Named assertions that command handlers and value types build their rules from. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw RuleViolation.invalid(field, field + " is required");
        }
        return value;
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, field + " is required and must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw RuleViolation.invalid(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, maxLength);
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw RuleViolation.invalid(field, field + " must not be empty");
        }
        return values;
    }

    public static LocalDate notAfter(LocalDate date, LocalDate today, String field) {
        if (date != null && date.isAfter(today)) {
            throw RuleViolation.invalid(field, field + " " + date + " is in the future (today is " + today + ")");
        }
        return date;
    }

    public static void that(boolean condition, String field, String message) {
        if (!condition) {
            throw RuleViolation.invalid(field, message);
        }
    }
}
