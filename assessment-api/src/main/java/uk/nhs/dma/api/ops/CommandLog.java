package uk.nhs.dma.api.ops;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.common.CommandOutcome;

/**
 * One log line per command, when its unit of work commits or rolls back (so a conflict found only when the events
 * are stored is logged as such): type, aggregate, user, correlation id, outcome and the rule or the version. The
 * seed loader's thousands of commands are logged at debug.
 */
public final class CommandLog implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(CommandLog.class);
    /** The correlation id the seed loader gives its commands begins so. */
    public static final String SEED_CORRELATION = "seed:";

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        unitOfWork.afterCommit(u -> write(command, CommandOutcome.of(null), version(u.getExecutionResult())));
        unitOfWork.onRollback(u -> {
            ExecutionResult result = u.getExecutionResult();
            CommandOutcome outcome = CommandOutcome.of(result == null ? null : result.getExceptionResult());
            write(command, outcome.accepted() ? new CommandOutcome(CommandOutcome.Kind.FAILED, null, null) : outcome, 0);
        });
        return chain.proceed();
    }

    private void write(CommandMessage<?> command, CommandOutcome outcome, long version) {
        MetaData metaData = command.getMetaData();
        Object correlationId = metaData.get(MetaDataKeys.CORRELATION_ID);
        Level level = String.valueOf(correlationId).startsWith(SEED_CORRELATION) ? Level.DEBUG : Level.INFO;
        if (!log.isEnabledForLevel(level)) {
            return;
        }
        String line = "command=" + command.getPayloadType().getSimpleName() + " aggregate=" + LogSafe.of(aggregate(command))
                + " user=" + LogSafe.of(metaData.get(MetaDataKeys.USER)) + " correlationId=" + LogSafe.of(correlationId)
                + switch (outcome.kind()) {
                    case ACCEPTED -> " outcome=accepted version=" + version;
                    case FAILED -> " outcome=failed error=" + outcome.reason();
                    default -> " outcome=rejected rule=" + outcome.rule();
                };
        log.atLevel(level).log(line);
    }

    private String aggregate(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    private static long version(ExecutionResult result) {
        ResultMessage<?> message = result == null ? null : result.getResult();
        return message != null && !message.isExceptional() && message.getPayload() instanceof Long v ? v : 0L;
    }
}
