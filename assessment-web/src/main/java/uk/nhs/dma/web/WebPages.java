package uk.nhs.dma.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.context.event.EventListener;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web front end, served by the same application at {@code /} (the API stays under {@code /api}). GOV.UK
 * Frontend's stylesheet asks for its images under {@code /assets/}; its fonts are not served (see app.css).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:assessment-web.properties")
public class WebPages implements WebMvcConfigurer {

    public static final String GOVUK = "/webjars/govuk-frontend/5.14.0/dist/govuk";
    private static final Logger log = LoggerFactory.getLogger(WebPages.class);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources" + GOVUK + "/assets/images/");
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
            log.info("Web front end: http://localhost:{}/ (sign in; the API is under /api)", event.getWebServer().getPort());
        }
    }
}
