package uk.nhs.dma.web.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "as of" date and "as known at" instant of a GET form, as the API reads its {@code asOf} and {@code knownAt}:
 * as known at an instant, "today" is that instant's date. {@code errors} maps a field's id to its message.
 */
public record Moment(LocalDate asOf, Instant knownAt, String asOfText, String knownAtText, Map<String, String> errors) {

    public static Moment read(String asOfText, String knownAtText, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant knownAt = null;
        if (knownAtText != null && !knownAtText.isBlank()) {
            try {
                knownAt = Instant.parse(knownAtText.strip());
                if (knownAt.isAfter(clock.instant())) {
                    errors.put("knownAt", "As known at must not be in the future");
                }
            } catch (DateTimeParseException e) {
                errors.put("knownAt", "Enter as known at as an instant, for example 2024-04-15T09:00:00Z");
            }
        }
        LocalDate asOf = null;
        if (asOfText != null && !asOfText.isBlank()) {
            try {
                asOf = LocalDate.parse(asOfText.strip());
            } catch (DateTimeParseException e) {
                errors.put("asOf", "Enter as of as a date, for example 2024-03-31");
            }
        }
        if (asOf == null) {
            asOf = knownAt != null && errors.isEmpty() ? LocalDate.ofInstant(knownAt, clock.getZone()) : LocalDate.now(clock);
        }
        return new Moment(asOf, errors.containsKey("knownAt") ? null : knownAt, blank(asOfText), blank(knownAtText),
                errors);
    }

    /** The query string that keeps these choices on a link (empty values left out). */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (!asOfText.isEmpty()) {
            q.append("&asOf=").append(asOfText);
        }
        if (knownAt != null) {
            q.append("&knownAt=").append(knownAt);
        }
        return q.toString();
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
