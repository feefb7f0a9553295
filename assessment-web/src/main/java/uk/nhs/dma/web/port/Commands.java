package uk.nhs.dma.web.port;

/**
 * Sends a command as the signed-in person, stamped exactly like an API command (user, correlation id, time of
 * the request). Answers with the aggregate's version after it. A broken rule is thrown as the core's
 * {@code RuleViolation}; a stale expected version as {@link StaleVersion}.
 */
public interface Commands {

    long send(Object command, String aggregateId);
}
