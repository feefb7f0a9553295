package uk.nhs.dma.api.web;

import java.util.function.Function;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Reads a typed id from a path by hand, for the handlers that do not declare {@link IdOf} on it yet (audit's
 * progress changes, which moves with the event store): a malformed id in a path cannot name anything (404).
 */
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
}
