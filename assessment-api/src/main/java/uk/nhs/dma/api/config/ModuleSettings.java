package uk.nhs.dma.api.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.eventstore.EventStoreSettings;
import uk.nhs.dma.eventstore.NodeIdentity;
import uk.nhs.dma.eventstore.audit.AuditSettings;
import uk.nhs.dma.projections.processing.ProjectionSettings;
import uk.nhs.dma.projections.processing.ReplaySettings;

/**
 * Hands each module its part of the one validated {@link AssessmentProperties}: the event store, the audit
 * checkpoints, the projection processors and the replays take their own settings records, never the whole.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleSettings {

    @Bean
    public NodeIdentity nodeIdentity(AssessmentProperties properties) {
        return new NodeIdentity(properties.nodeId(), properties.projections().claimTimeout());
    }

    @Bean
    public EventStoreSettings eventStoreSettings(AssessmentProperties properties) {
        return properties.eventStore();
    }

    @Bean
    public AuditSettings auditSettings(AssessmentProperties properties) {
        return properties.audit();
    }

    @Bean
    public ProjectionSettings projectionSettings(AssessmentProperties properties) {
        return properties.projections();
    }

    @Bean
    public ReplaySettings replaySettings(AssessmentProperties properties) {
        return properties.replays();
    }
}
