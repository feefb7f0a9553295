package uk.nhs.dma.core.framework;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * A published framework version. It is immutable: publishing the same content again changes nothing, and
 * publishing different content under the same id is refused, so past results keep the questions they were
 * answered against.
 */
public class AssessmentFramework {

    @AggregateIdentifier
    private String frameworkId;
    private FrameworkDefinition definition;

    protected AssessmentFramework() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(PublishFramework command) {
        FrameworkDefinition given = Require.present(command.definition(), "definition").validated();
        if (definition == null) {
            apply(new FrameworkPublished(given));
        } else if (!definition.equals(given)) {
            throw RuleViolation.conflict("framework-already-published",
                    "framework " + frameworkId + " is published with different content; publish a new id instead");
        }
        return AggregateLifecycle.getVersion();
    }

    public FrameworkDefinition definition() {
        return definition;
    }

    @EventSourcingHandler
    void on(FrameworkPublished event) {
        frameworkId = event.definition().frameworkId().value();
        definition = event.definition();
    }
}
