package uk.nhs.dma.projections.processing;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code assessment.replays.*}: how often each instance's {@link ReplayDriver} looks at the replays. */
public record ReplaySettings(@NotNull @DefaultValue("200ms") Duration tick) {
}
