package uk.nhs.dma.api.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.nhs.dma.eventstore.AppendedPositions;
import uk.nhs.dma.eventstore.EventTable;

/**
 * Sends a request's command and answers with the aggregate's version after it, which becomes the response's
 * ETag; the response also carries the position of the command's event ({@link ReadYourWrites}), as the
 * command's own append read it back (no further round trip). The command bus
 * stamps it with who sent it, the correlation id and when ({@link CommandMetaData}), and logs and counts it.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final EventTable events;
    private final Idempotency idempotency;

    public CommandSender(CommandGateway gateway, EventTable events, Idempotency idempotency) {
        this.gateway = gateway;
        this.events = events;
        this.idempotency = idempotency;
    }

    /** Sends the command; the result is the aggregate's version after it (0 for a new aggregate). */
    public long send(Object command, String aggregateId) {
        AppendedPositions.clear(); // nothing an earlier request on this thread appended
        Object result = gateway.sendAndWait(command);
        long version = result instanceof Long v ? v : 0L;
        // The command has committed: whatever fails from here on, a retry must not run it again.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            idempotency.committed(web.getRequest(), aggregateId, version);
            // the command is stored: an error now would invite a retry that stores it twice, so none is answered
            events.positionAfterCommand(aggregateId, version).ifPresent(position -> {
                if (web.getResponse() != null) {
                    web.getResponse().setHeader(ReadYourWrites.EVENT_POSITION, String.valueOf(position));
                }
            });
        }
        return version;
    }

    /** Whether an event stream exists for the id (to tell a first publication from an identical repeat). */
    public boolean exists(String aggregateId) {
        return events.exists(aggregateId);
    }

    public static String currentUser() {
        return CommandMetaData.currentUser();
    }
}
