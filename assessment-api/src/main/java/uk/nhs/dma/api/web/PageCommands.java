package uk.nhs.dma.api.web;

import org.springframework.stereotype.Component;
import uk.nhs.dma.core.common.CommandOutcome;
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
        } catch (RuntimeException e) {
            CommandOutcome outcome = CommandOutcome.of(e);
            if (outcome.kind() == CommandOutcome.Kind.PRECONDITION_FAILED) {
                throw new StaleVersion("Someone else changed " + aggregateId + " since this page was shown.");
            }
            throw outcome.violation().orElseThrow(() -> e);
        }
    }
}
