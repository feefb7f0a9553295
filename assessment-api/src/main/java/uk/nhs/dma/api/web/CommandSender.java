package uk.nhs.dma.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.nhs.dma.core.common.Actor;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Sends a command stamped with who sent it, the request's correlation id and when, and answers with the
 * aggregate's version after the command, which becomes the response's ETag. Logs one line per command.
 */
@Component
public class CommandSender {

    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final Clock clock;
    private final HttpServletRequest request;
    private final JdbcTemplate jdbc;
    private final Idempotency idempotency;

    public CommandSender(CommandGateway gateway, EventStore eventStore, Clock clock, HttpServletRequest request,
                         JdbcTemplate jdbc, Idempotency idempotency) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.idempotency = idempotency;
        this.eventStore = eventStore;
        this.clock = clock;
        this.request = request;
    }

    /** Sends the command; the result is the aggregate's version after it (0 for a new aggregate). */
    public long send(Object command, String aggregateId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(Actor.USER, currentUser());
        metaData.put(Actor.CORRELATION_ID, RequestContext.correlationId(request));
        metaData.put(Actor.REQUESTED_AT, clock.instant().toString());
        String type = command.getClass().getSimpleName();
        String aggregate = LogSafe.of(aggregateId);
        String user = LogSafe.of(metaData.get(Actor.USER));
        long version;
        try {
            Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            version = result instanceof Long v ? v : 0L;
        } catch (RuleViolation e) {
            log.info("command={} aggregate={} user={} correlationId={} outcome=rejected rule={}", type, aggregate,
                    user, metaData.get(Actor.CORRELATION_ID), e.rule());
            throw e;
        } catch (AggregateStreamCreationException | ConcurrencyException | ConflictingModificationException e) {
            log.info("command={} aggregate={} user={} correlationId={} outcome=rejected rule={}", type, aggregate,
                    user, metaData.get(Actor.CORRELATION_ID),
                    e instanceof AggregateStreamCreationException ? "already-exists"
                            : e instanceof ConcurrencyException ? "concurrent-modification" : "stale-version");
            throw e;
        } catch (RuntimeException e) {
            log.info("command={} aggregate={} user={} correlationId={} outcome=failed error={}", type, aggregate,
                    user, metaData.get(Actor.CORRELATION_ID), e.getClass().getSimpleName());
            throw e;
        }
        // The command has committed: whatever fails from here on, a retry must not run it again.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            idempotency.committed(web.getRequest(), aggregateId, version);
        }
        log.info("command={} aggregate={} user={} correlationId={} outcome=accepted version={}", type, aggregate,
                user, metaData.get(Actor.CORRELATION_ID), version);
        announcePosition(aggregateId, version);
        return version;
    }

    /** Tells the caller where in the global event order its change stands, for {@link ReadYourWrites}. */
    private void announcePosition(String aggregateId, long version) {
        List<Long> position;
        try {
            position = jdbc.queryForList("select global_index from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?", Long.class, aggregateId, version);
        } catch (DataAccessException e) {
            // the command is stored: answering an error now would invite a retry that stores it twice
            log.warn("No event position for {} after its command: {}", aggregateId, e.getClass().getSimpleName());
            return;
        }
        if (!position.isEmpty() && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                && web.getResponse() != null) {
            web.getResponse().setHeader(ReadYourWrites.EVENT_POSITION, String.valueOf(position.get(0)));
        }
    }

    /** Whether an event stream exists for the id (to tell a first publication from an identical repeat). */
    public boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }

    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Actor.UNKNOWN : Actor.orUnknown(authentication.getName());
    }
}
