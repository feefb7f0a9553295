package uk.nhs.dma.core.framework;

/** One of the framework's success measures, e.g. {@code smart-foundations}, "Ensure smart foundations". */
public record Measure(String id, String name) {
}
