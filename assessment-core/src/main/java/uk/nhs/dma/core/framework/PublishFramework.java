package uk.nhs.dma.core.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishFramework(FrameworkDefinition definition) {

    @TargetAggregateIdentifier
    public FrameworkId frameworkId() {
        return definition == null ? null : definition.frameworkId();
    }
}
