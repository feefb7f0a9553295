package uk.nhs.dma.core.common;

import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * How a command ended, read once for every caller (the REST problems, the command log, the metrics, the web
 * pages): accepted, rejected by a rule of the domain, rejected by the store (the stream already exists, another
 * writer got there first, the expected version is stale), not found, or failed unexpectedly. The whole cause chain
 * is searched, because Axon wraps what a handler throws. {@code cause} is the exception that decided it.
 */
public record CommandOutcome(Kind kind, String rule, Throwable cause) {

    public enum Kind {
        ACCEPTED,
        /** A domain rule: the command is malformed or out of range. */
        INVALID,
        /** A domain rule: the command refers to something that does not exist. */
        UNKNOWN_REFERENCE,
        /** A domain rule or the store: not allowed in the current state, or stored concurrently. */
        CONFLICT,
        /** A domain rule: the caller may not do this. */
        FORBIDDEN,
        /** The aggregate the command is addressed to does not exist. */
        NOT_FOUND,
        /** The command expected another version of the aggregate than the stored one. */
        PRECONDITION_FAILED,
        /** Not a rejection: something went wrong (a bug, or the database). */
        FAILED
    }

    public static final String NOT_FOUND = "not-found";
    public static final String ALREADY_EXISTS = "already-exists";
    public static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    public static final String STALE_VERSION = "stale-version";

    /** Reads a failure; null means the command was accepted. */
    public static CommandOutcome of(Throwable failure) {
        if (failure == null) {
            return new CommandOutcome(Kind.ACCEPTED, null, null);
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof RuleViolation violation) {
                return new CommandOutcome(switch (violation.kind()) {
                    case INVALID -> Kind.INVALID;
                    case UNKNOWN_REFERENCE -> Kind.UNKNOWN_REFERENCE;
                    case CONFLICT -> Kind.CONFLICT;
                    case FORBIDDEN -> Kind.FORBIDDEN;
                }, violation.rule(), violation);
            }
            if (t instanceof ConflictingModificationException) {
                return new CommandOutcome(Kind.PRECONDITION_FAILED, STALE_VERSION, t);
            }
            if (t instanceof AggregateStreamCreationException) {
                return new CommandOutcome(Kind.CONFLICT, ALREADY_EXISTS, t);
            }
            if (t instanceof ConcurrencyException) {
                return new CommandOutcome(Kind.CONFLICT, CONCURRENT_MODIFICATION, t);
            }
            if (t instanceof AggregateNotFoundException) {
                return new CommandOutcome(Kind.NOT_FOUND, NOT_FOUND, t);
            }
        }
        return new CommandOutcome(Kind.FAILED, null, failure);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }

    /** A rejection, by the domain or by the store: the caller's to correct, not ours. */
    public boolean rejected() {
        return kind != Kind.ACCEPTED && kind != Kind.FAILED;
    }

    public Optional<RuleViolation> violation() {
        return cause instanceof RuleViolation violation ? Optional.of(violation) : Optional.empty();
    }

    /**
     * The rejection's kind in the domain's terms (a missing aggregate is an unknown reference, a stale version a
     * conflict), as the metrics have always tagged it.
     */
    public RuleViolation.Kind rejectionKind() {
        return switch (kind) {
            case INVALID -> RuleViolation.Kind.INVALID;
            case UNKNOWN_REFERENCE, NOT_FOUND -> RuleViolation.Kind.UNKNOWN_REFERENCE;
            case CONFLICT, PRECONDITION_FAILED -> RuleViolation.Kind.CONFLICT;
            case FORBIDDEN -> RuleViolation.Kind.FORBIDDEN;
            case ACCEPTED, FAILED -> throw new IllegalStateException(kind + " is not a rejection");
        };
    }

    /** What the log and the metrics name a failure by: the rule, or the exception's simple class name. */
    public String reason() {
        return rule != null ? rule : cause == null ? "unknown" : cause.getClass().getSimpleName();
    }
}
