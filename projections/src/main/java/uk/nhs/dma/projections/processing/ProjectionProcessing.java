package uk.nhs.dma.projections.processing;

import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/**
 * Every projection runs in its own named pooled streaming processor (the name is its @ProcessingGroup),
 * batched: the default batch of one event per transaction is far too slow for a replay. With several instances
 * on one database each processor's segments are shared out through their claims in {@code token_entry}: an
 * instance claims at most {@code max-claimed-segments} of them, looks for unclaimed ones every
 * {@code claim-interval}, and takes over the segments of an instance whose claims have not been renewed within
 * the token store's claim timeout (see {@link EventStoreConfiguration#tokenStore}). A segment that reads events
 * none of its handlers take stores its token only when it extends its claim, every {@code token-store-interval}:
 * that bounds how far behind another instance sees it (see {@link ProjectionStatus}).
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessing {

    @Bean
    public ConfigurerModule pooledBatchedProcessors(ProjectionSettings settings) {
        int batchSize = settings.batchSize();
        int segments = settings.segments();
        int maxClaimed = settings.maxClaimedSegments();
        Duration claimInterval = settings.claimInterval();
        Duration storeInterval = settings.tokenStoreInterval();
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(batchSize)
                        .initialSegmentCount(segments)
                        .maxClaimedSegments(maxClaimed)
                        .tokenClaimInterval(claimInterval.toMillis())
                        .claimExtensionThreshold(storeInterval.toMillis())));
    }
}
