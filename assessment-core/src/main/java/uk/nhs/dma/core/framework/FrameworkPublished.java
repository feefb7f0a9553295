package uk.nhs.dma.core.framework;

public record FrameworkPublished(FrameworkDefinition definition) {
}
