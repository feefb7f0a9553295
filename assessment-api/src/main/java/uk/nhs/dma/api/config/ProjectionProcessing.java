package uk.nhs.dma.api.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection runs in its own named pooled streaming processor (the name is its @ProcessingGroup),
 * batched: the default batch of one event per transaction is far too slow for a replay.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessing {

    @Bean
    public ConfigurerModule pooledBatchedProcessors(AssessmentProperties properties) {
        int batchSize = properties.projections().batchSize();
        int segments = properties.projections().segments();
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(batchSize)
                        .initialSegmentCount(segments)));
    }
}
