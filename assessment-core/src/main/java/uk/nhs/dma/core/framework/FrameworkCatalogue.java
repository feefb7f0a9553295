package uk.nhs.dma.core.framework;

import java.util.Optional;

/** Lets a command handler read a published framework. Published frameworks never change. */
public interface FrameworkCatalogue {

    Optional<FrameworkDefinition> find(FrameworkId frameworkId);
}
