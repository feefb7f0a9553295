package uk.nhs.dma.core.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.nhs.dma.core.framework.FrameworkCatalogue;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;

/** In-memory catalogue of published frameworks; it stores definitions in their validated form, as publishing does. */
public final class FakeFrameworkCatalogue implements FrameworkCatalogue {

    private final Map<FrameworkId, FrameworkDefinition> byId = new HashMap<>();

    public FakeFrameworkCatalogue publish(FrameworkDefinition definition) {
        FrameworkDefinition validated = definition.validated();
        byId.put(validated.frameworkId(), validated);
        return this;
    }

    @Override
    public Optional<FrameworkDefinition> find(FrameworkId frameworkId) {
        return Optional.ofNullable(byId.get(frameworkId));
    }
}
