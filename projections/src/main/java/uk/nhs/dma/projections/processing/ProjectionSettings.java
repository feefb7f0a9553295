package uk.nhs.dma.projections.processing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assessment.projections.*}: how the projection processors batch, how many segments each has, and how
 * instances share those segments through their claims (see {@link ProjectionProcessing}). Bound as part of the
 * application's settings.
 */
public record ProjectionSettings(@Min(1) @DefaultValue("200") int batchSize, @Min(1) @DefaultValue("2") int segments,
                                 @Min(1) @DefaultValue("2147483647") int maxClaimedSegments,
                                 @NotNull @DefaultValue("1s") Duration claimInterval,
                                 @NotNull @DefaultValue("500ms") Duration tokenStoreInterval,
                                 @NotNull @DefaultValue("10s") Duration claimTimeout) {
}
