package uk.nhs.dma.core.progress;

import com.fasterxml.jackson.annotation.JsonValue;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.OdsCode;

/** Where a figure is taken: the whole country, one NHS England region, or one ICB ({@code REGION:Y56}). */
public record Scope(Kind kind, OdsCode code) {

    public enum Kind { NATIONAL, REGION, ICB }

    public static final Scope NATIONAL = new Scope(Kind.NATIONAL, null);

    public static Scope parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("NATIONAL")) {
            return NATIONAL;
        }
        String[] parts = text.strip().split(":", 2);
        if (parts.length == 2 && (parts[0].equals("REGION") || parts[0].equals("ICB"))) {
            if (parts[1].isBlank()) {
                throw RuleViolation.invalid("scope", "scope " + parts[0] + " needs a code, e.g. " + parts[0] + ":Y56");
            }
            return new Scope(Kind.valueOf(parts[0]), OdsCode.ofNullable(parts[1], "scope"));
        }
        throw RuleViolation.invalid("scope", "scope must be NATIONAL, REGION:{code} or ICB:{code}, not '" + text + "'");
    }

    @JsonValue
    @Override
    public String toString() {
        return kind == Kind.NATIONAL ? "NATIONAL" : kind + ":" + code;
    }
}
