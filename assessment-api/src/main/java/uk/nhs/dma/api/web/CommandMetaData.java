package uk.nhs.dma.api.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.nhs.dma.core.common.MetaDataKeys;

/**
 * Stamps every command, wherever it is sent from, with who sent it, under which correlation and when: the
 * signed-in user, the request's correlation id and the time of sending. A sender that speaks for someone else
 * (the seed loader) names the user and correlation itself, and a back-filled command names the moment it is
 * simulated at ({@link MetaDataKeys#SIMULATED_AT}), which is then its {@code requestedAt}. Runs on the sending thread.
 */
public final class CommandMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public CommandMetaData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(stamp(command.getMetaData()));
    }

    private Map<String, Object> stamp(MetaData given) {
        Map<String, Object> metaData = new HashMap<>();
        if (!given.containsKey(MetaDataKeys.USER)) {
            metaData.put(MetaDataKeys.USER, currentUser());
        }
        if (!given.containsKey(MetaDataKeys.CORRELATION_ID)) {
            metaData.put(MetaDataKeys.CORRELATION_ID, correlationId());
        }
        Object simulated = given.get(MetaDataKeys.SIMULATED_AT);
        metaData.put(MetaDataKeys.REQUESTED_AT, simulated != null ? Instant.parse(simulated.toString()).toString()
                : clock.instant().toString());
        return metaData;
    }

    public static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? MetaDataKeys.UNKNOWN : MetaDataKeys.orUnknown(authentication.getName());
    }

    private static String correlationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web) {
            String id = CorrelationIdFilter.correlationId(web.getRequest());
            if (id != null) {
                return id;
            }
        }
        String logged = MDC.get("correlationId");
        return logged != null ? logged : UUID.randomUUID().toString();
    }
}
