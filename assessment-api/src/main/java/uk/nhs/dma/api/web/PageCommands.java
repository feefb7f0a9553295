package uk.nhs.dma.api.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.StaleVersion;

/** The web pages send commands through the API's {@link CommandSender}: same metadata, same log line, same rules. */
@Component
public class PageCommands implements Commands {

    private final CommandSender sender;

    public PageCommands(CommandSender sender) {
        this.sender = sender;
    }

    @Override
    public long send(Object command, String aggregateId) {
        try {
            return sender.send(command, aggregateId);
        } catch (ConflictingModificationException e) {
            throw new StaleVersion("Someone else changed " + aggregateId + " since this page was shown.");
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof RuleViolation violation) {
                throw violation;
            }
            throw e;
        }
    }
}
