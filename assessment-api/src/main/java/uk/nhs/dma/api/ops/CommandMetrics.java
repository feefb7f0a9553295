package uk.nhs.dma.api.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Counts every command the command bus handles, from the REST API and from the seed loader alike: accepted
 * ones by type ({@code dma.commands.handled}), rejected ones by type, kind and rule
 * ({@code dma.commands.rejected}; a domain rule, or a storage-time conflict such as "already-exists"), and
 * unexpected failures by type and exception ({@code dma.commands.failed}). The outcome is taken when the
 * command's unit of work commits or rolls back, so conflicts found only when the events are stored count too.
 */
@Component
public class CommandMetrics {

    public static final String HANDLED = "dma.commands.handled";
    public static final String REJECTED = "dma.commands.rejected";
    public static final String FAILED = "dma.commands.failed";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry, CommandBus commandBus) {
        this.registry = registry;
        // Registered here rather than exposed as an interceptor bean, which Axon's auto-configuration would
        // register a second time.
        commandBus.registerHandlerInterceptor(this::observe);
    }

    private Object observe(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(u -> handled(command));
        unitOfWork.onRollback(u -> {
            ExecutionResult result = u.getExecutionResult();
            failed(command, result == null ? null : result.getExceptionResult());
        });
        return chain.proceed();
    }

    private void handled(String command) {
        Counter.builder(HANDLED).description("Commands handled and stored").tag("command", command)
                .register(registry).increment();
    }

    private void failed(String command, Throwable error) {
        Outcome outcome = outcome(error);
        if (outcome.kind() == null) {
            Counter.builder(FAILED).description("Commands that failed unexpectedly")
                    .tags("command", command, "error", outcome.reason())
                    .register(registry).increment();
            return;
        }
        Counter.builder(REJECTED).description("Commands rejected, by rule")
                .tags("command", command, "kind", outcome.kind(), "reason", outcome.reason())
                .register(registry).increment();
    }

    /** The same reading of a failure as the REST problems give it; a null kind means "not a rejection". */
    record Outcome(String kind, String reason) {
    }

    static Outcome outcome(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return new Outcome(violation.kind().name(), violation.rule());
            }
            if (t instanceof ConflictingAggregateVersionException) {
                return new Outcome("CONFLICT", "stale-version");
            }
            if (t instanceof AggregateStreamCreationException) {
                return new Outcome("CONFLICT", "already-exists");
            }
            if (t instanceof ConcurrencyException) {
                return new Outcome("CONFLICT", "concurrent-modification");
            }
            if (t instanceof AggregateNotFoundException) {
                return new Outcome("UNKNOWN_REFERENCE", "not-found");
            }
        }
        return new Outcome(null, error == null ? "unknown" : error.getClass().getSimpleName());
    }
}
