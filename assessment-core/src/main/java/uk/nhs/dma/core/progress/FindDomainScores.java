package uk.nhs.dma.core.progress;

/**
 * The domain scores behind a summary: for each organisation the {@link FindSummary} would list (same scope, year,
 * hierarchy date, knownAt, readable organisations and types), its counted revision's domain scores, one row per
 * domain in the framework's order. Answered with a {@link DomainScoresView}.
 */
public record FindDomainScores(FindSummary summary) {
}
