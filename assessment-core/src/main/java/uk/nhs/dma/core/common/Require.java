package uk.nhs.dma.core.common;

import java.time.LocalDate;
import java.util.Collection;

/** Named assertions that command handlers and value types build their rules from. */
public final class Require {

    /** What a missing value is told, after its field's name (also the request records' {@code @NotNull}). */
    public static final String REQUIRED = "is required";

    private Require() {
    }

    /** The value, which must be given. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw RuleViolation.invalid(field, field + " " + REQUIRED);
        }
        return value;
    }

    /** A date that must be given and be {@link #plausible}. */
    public static LocalDate date(LocalDate value, String field) {
        return plausible(present(value, field), field);
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

    /** Whether a date is one the service deals in ({@link #plausible}); no date at all is fine. */
    public static boolean isPlausible(LocalDate date) {
        return date == null || (date.getYear() >= 1800 && date.getYear() <= 2199);
    }

    /** Dates the service deals in: 1800 to 2199. Anything else is a typo, and would not fit the database. */
    public static LocalDate plausible(LocalDate date, String field) {
        if (!isPlausible(date)) {
            throw RuleViolation.invalid(field, field + " " + date + " is not a plausible date (years 1800 to 2199)");
        }
        return date;
    }

    public static LocalDate notAfter(LocalDate date, LocalDate today, String field) {
        plausible(date, field);
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
