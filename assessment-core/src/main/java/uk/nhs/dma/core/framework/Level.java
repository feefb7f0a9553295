package uk.nhs.dma.core.framework;

/** The wording of one level (1 to 5) of a domain, shown beside its elements. */
public record Level(int level, String text) {
}
