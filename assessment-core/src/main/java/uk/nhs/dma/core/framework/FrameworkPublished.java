package uk.nhs.dma.core.framework;

import com.fasterxml.jackson.annotation.JsonTypeName;
@JsonTypeName("FrameworkPublished")
public record FrameworkPublished(FrameworkDefinition definition) implements FrameworkEvent {

    @Override
    public <C> void dispatch(FrameworkEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
