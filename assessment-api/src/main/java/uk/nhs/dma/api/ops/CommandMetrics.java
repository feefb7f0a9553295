package uk.nhs.dma.api.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import uk.nhs.dma.core.common.CommandOutcome;

/**
 * Counts every command the command bus handles, from the REST API and from the seed loader alike: accepted
 * ones by type ({@code dma.commands.handled}), rejected ones by type, kind and rule
 * ({@code dma.commands.rejected}; a domain rule, or a storage-time conflict such as "already-exists"), and
 * unexpected failures by type and exception ({@code dma.commands.failed}). The outcome is taken when the
 * command's unit of work commits or rolls back, so conflicts found only when the events are stored count too.
 */
public final class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String HANDLED = "dma.commands.handled";
    public static final String REJECTED = "dma.commands.rejected";
    public static final String FAILED = "dma.commands.failed";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(u -> handled(command));
        unitOfWork.onRollback(u -> {
            ExecutionResult result = u.getExecutionResult();
            count(command, CommandOutcome.of(result == null ? null : result.getExceptionResult()));
        });
        return chain.proceed();
    }

    private void handled(String command) {
        Counter.builder(HANDLED).description("Commands handled and stored").tag("command", command)
                .register(registry).increment();
    }

    private void count(String command, CommandOutcome outcome) {
        if (!outcome.rejected()) {
            Counter.builder(FAILED).description("Commands that failed unexpectedly")
                    .tags("command", command, "error", outcome.reason())
                    .register(registry).increment();
            return;
        }
        Counter.builder(REJECTED).description("Commands rejected, by rule")
                .tags("command", command, "kind", outcome.rejectionKind().name(), "reason", outcome.reason())
                .register(registry).increment();
    }
}
