package uk.nhs.dma.web.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Asks the same query handlers as the API, unwrapping failures to their real cause. */
@Component
public class Ask {

    private final QueryGateway gateway;

    public Ask(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <T> Optional<T> one(Object query, Class<T> type) {
        return ask(query, ResponseTypes.optionalInstanceOf(type));
    }

    public <T> List<T> list(Object query, Class<T> type) {
        return ask(query, ResponseTypes.multipleInstancesOf(type));
    }

    public <T> T exactly(Object query, Class<T> type) {
        return ask(query, ResponseTypes.instanceOf(type));
    }

    private <R> R ask(Object query, ResponseType<R> type) {
        try {
            return gateway.query(query, type).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
