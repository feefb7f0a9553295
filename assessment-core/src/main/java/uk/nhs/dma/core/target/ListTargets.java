package uk.nhs.dma.core.target;

/** Every national target with its revisions. Answered with a list of {@link TargetView}. */
public record ListTargets() {
}
