package uk.nhs.dma.projections.support;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Asks the read side a question on the query bus and waits for the answer, unwrapping failures to their real cause:
 * the one way the API's controllers and the web pages read the query handlers.
 */
@Component
public class QuerySender {

    private final QueryGateway gateway;

    public QuerySender(QueryGateway gateway) {
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
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
