package uk.nhs.dma.api.web;

import java.util.function.Function;
import uk.nhs.dma.core.common.RuleViolation;

/** Reads typed ids from the request: a malformed id in a path cannot name anything (404); in a query, 400. */
public final class Ids {

    private Ids() {
    }

    public static <T> T path(String raw, Function<String, T> parse, String what) {
        try {
            return parse.apply(raw);
        } catch (RuleViolation e) {
            throw new NotFound("No " + what + " '" + raw + "' exists: " + e.getMessage());
        }
    }

    public static <T> T param(String raw, Function<String, T> parse) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parse.apply(raw);
        } catch (RuleViolation e) {
            throw new BadRequest("invalid-parameter", e.getMessage());
        }
    }
}
