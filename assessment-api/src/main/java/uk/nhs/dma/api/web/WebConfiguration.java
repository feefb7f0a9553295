package uk.nhs.dma.api.web;

import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.replay.ReplayGate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ReadYourWrites readYourWrites;
    private final ReplayGate replayGate;

    public WebConfiguration(ReadYourWrites readYourWrites, ReplayGate replayGate) {
        this.readYourWrites = readYourWrites;
        this.replayGate = replayGate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(replayGate).addPathPatterns("/api/**").excludePathPatterns("/api/admin/**");
        registry.addInterceptor(readYourWrites).addPathPatterns("/api/**").excludePathPatterns("/api/admin/**");
    }
}
