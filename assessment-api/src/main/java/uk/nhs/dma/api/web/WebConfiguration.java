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
        // Deny by default a handler (API or page) without an access rule; its roles are checked here, before the
        // body is read; the whole rule (@PreAuthorize) runs as the handler is called, after the read-your-writes
        // wait, since scope checks read the register.
        registry.addInterceptor(access);
    }
}
