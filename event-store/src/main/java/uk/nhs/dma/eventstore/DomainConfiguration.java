package uk.nhs.dma.eventstore;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.core.assessment.Assessment;
import uk.nhs.dma.core.capability.CapabilityRecord;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.framework.AssessmentFramework;
import uk.nhs.dma.core.framework.FrameworkCatalogue;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.Organisation;
import uk.nhs.dma.core.organisation.OrganisationDirectory;
import uk.nhs.dma.core.plan.ImprovementPlan;
import uk.nhs.dma.core.target.NationalTarget;

/**
 * Wires the domain onto the event store: its event-sourced aggregates, its clock, the ports its rules read through
 * (other aggregates loaded from their streams), and the metadata each event copies from its command.
 */
@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

    /** Dates in the domain ("today", "not in the future") are English dates. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Bean
    public DomainClock clock() {
        return new DomainClock(Clock.system(ENGLAND));
    }

    @Bean
    public ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Organisation.class)
                .configureAggregate(AssessmentFramework.class)
                .configureAggregate(Assessment.class)
                .configureAggregate(NationalTarget.class)
                .configureAggregate(CapabilityRecord.class)
                .configureAggregate(ImprovementPlan.class);
    }

    /** Copies who, under which correlation and when, from each command onto the events it causes. */
    @Bean
    public CorrelationDataProvider actorMetaData() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.USER, MetaDataKeys.CORRELATION_ID, MetaDataKeys.REQUESTED_AT);
    }

    /** Reads another organisation from its own event stream, inside the running command's unit of work. */
    @Bean
    public OrganisationDirectory organisationDirectory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return odsCode -> {
            try {
                return Optional.of(axon.getObject().repository(Organisation.class)
                        .load(odsCode.value()).invoke(Organisation::snapshot));
            } catch (AggregateNotFoundException e) {
                return Optional.empty();
            }
        };
    }

    /** Published frameworks never change, so a definition once read is kept. */
    @Bean
    public FrameworkCatalogue frameworkCatalogue(ObjectProvider<org.axonframework.config.Configuration> axon) {
        Map<FrameworkId, FrameworkDefinition> published = new ConcurrentHashMap<>();
        return frameworkId -> {
            FrameworkDefinition known = published.get(frameworkId);
            if (known != null) {
                return Optional.of(known);
            }
            try {
                FrameworkDefinition definition = axon.getObject().repository(AssessmentFramework.class)
                        .load(frameworkId.value()).invoke(AssessmentFramework::definition);
                if (definition == null) {
                    return Optional.empty();
                }
                published.put(frameworkId, definition);
                return Optional.of(definition);
            } catch (AggregateNotFoundException e) {
                return Optional.empty();
            }
        };
    }
}
