package uk.nhs.dma.api.web;

import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.replay.ReplayGate;
import uk.nhs.dma.api.security.AccessInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final AccessInterceptor access;
    private final ReadYourWrites readYourWrites;
    private final ReplayGate replayGate;

    public WebConfiguration(AccessInterceptor access, ReadYourWrites readYourWrites, ReplayGate replayGate) {
        this.access = access;
        this.readYourWrites = readYourWrites;
        this.replayGate = replayGate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The audit endpoints read the event store itself, not the read models: never rebuilding, never behind.
        String[] eventStoreReads = {"/api/admin/**", "/api/audit/streams/**", "/api/audit/verification"};
        registry.addInterceptor(replayGate).addPathPatterns("/api/**").excludePathPatterns(eventStoreReads);
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/**").excludePathPatterns(eventStoreReads);
        // Scope checks read the register, so they run once the read models have caught up with the request.
        registry.addInterceptor(access).addPathPatterns("/api/**");
    }
}
