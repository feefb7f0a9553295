package uk.nhs.dma.core.framework;

import java.time.Instant;

public record FrameworkView(FrameworkDefinition definition, Instant publishedAt, String publishedBy, long version) {
}
