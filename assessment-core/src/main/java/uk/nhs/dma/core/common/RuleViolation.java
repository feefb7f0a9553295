package uk.nhs.dma.core.common;

/**
 * A command broke a domain rule. The kind says how a caller should read it; the rule is a stable,
 * kebab-case name that clients and tests can rely on; the field, when there is one, names the input
 * that was wrong.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {
        /** The command is malformed or out of range, whatever the state. */
        INVALID,
        /** The command refers to something that does not exist. */
        UNKNOWN_REFERENCE,
        /** The command is not allowed in the aggregate's current state. */
        CONFLICT,
        /** The caller may not do this (for example approve their own submission). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String rule;
    private final String field;

    public RuleViolation(Kind kind, String rule, String field, String message) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, "invalid-" + field, field, message);
    }

    public static RuleViolation unknown(String field, String message) {
        return new RuleViolation(Kind.UNKNOWN_REFERENCE, "unknown-" + field, field, message);
    }

    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(Kind.CONFLICT, rule, null, message);
    }

    public static RuleViolation forbidden(String rule, String message) {
        return new RuleViolation(Kind.FORBIDDEN, rule, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
