package uk.nhs.dma.api.config;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.projections.evidence.EvidenceSettings;

/**
 * Evidence uploads: {@code assessment.evidence.*} bound and validated at start, and the servlet's multipart limits
 * derived from it. A file is not limited by the container (the service checks it and answers its own problem); a
 * whole request may be the largest file plus {@link #FORM_ALLOWANCE} for the form's other fields, beyond which
 * the container stops reading and the service answers 413 {@code evidence-too-large} ({@code EvidenceProblems}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
public class EvidenceConfiguration {

    /** Room for the multipart boundaries and the item's other fields. */
    public static final long FORM_ALLOWANCE = 1024 * 1024;

    @Bean
    public MultipartConfigElement multipartConfigElement(EvidenceSettings settings) {
        return new MultipartConfigElement(null, -1, maxRequestBytes(settings), 256 * 1024);
    }

    public static long maxRequestBytes(EvidenceSettings settings) {
        return settings.maxFileSize().toBytes() + FORM_ALLOWANCE;
    }
}
