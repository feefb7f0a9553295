package uk.nhs.dma.eventstore;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assessment.event-store.*}: how long a gap (a position whose transaction has not committed yet) is waited
 * for, counted in later events and in time (see {@link EventStoreConfiguration#jdbcEngine}). Bound as part of the
 * application's settings.
 */
public record EventStoreSettings(@Min(1) @DefaultValue("10000") int maxGapOffset,
                                 @NotNull @DefaultValue("60s") Duration gapTimeout) {
}
