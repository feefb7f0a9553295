package uk.nhs.dma.api.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.ops.CommandLog;
import uk.nhs.dma.api.ops.CommandMetrics;
import uk.nhs.dma.api.web.CommandMetaData;
import uk.nhs.dma.eventstore.DomainClock;

/**
 * What every command goes through, whoever sends it (the REST API, the web pages, the seed loader): its metadata
 * is stamped when it is dispatched; it is logged and counted when its unit of work ends. Registered on the
 * command bus here, once: exposed as interceptor beans, Axon's auto-configuration would register them again.
 */
@Configuration(proxyBeanMethods = false)
public class CommandInterceptors {

    @Bean
    public SmartInitializingSingleton commandBusInterceptors(CommandBus commandBus, DomainClock clock,
                                                             MeterRegistry registry) {
        return () -> {
            commandBus.registerDispatchInterceptor(new CommandMetaData(clock));
            commandBus.registerHandlerInterceptor(new CommandLog());
            commandBus.registerHandlerInterceptor(new CommandMetrics(registry));
        };
    }
}
