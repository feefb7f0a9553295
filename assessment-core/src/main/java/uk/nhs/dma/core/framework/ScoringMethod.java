package uk.nhs.dma.core.framework;

/** How a framework's answers become scores; declared by the framework, so each year keeps its own method. */
public enum ScoringMethod {
    /** A measure is the mean of its answered questions (the 2023 and 2024 rounds; every framework before 2025). */
    MEAN,
    /**
     * Each domain lists elements by level (a question per element, met or not); a domain scores the highest level
     * whose elements, and those of every level below it, are all met (1 when nothing above level 1 is met); a
     * measure is the mean of its domains (the 2025 round).
     */
    LEVEL_GATED
}
