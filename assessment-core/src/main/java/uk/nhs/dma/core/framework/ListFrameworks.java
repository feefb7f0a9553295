package uk.nhs.dma.core.framework;

/** Every published framework, newest year first. Answered with a list of {@link FrameworkView}. */
public record ListFrameworks() {
}
