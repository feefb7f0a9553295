package uk.nhs.dma.core.framework;

/** Answered with an optional {@link FrameworkView}. */
public record FindFramework(FrameworkId frameworkId) {
}
