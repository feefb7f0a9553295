package uk.nhs.dma.api.config;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.projections.evidence.EvidenceSettings;

/**
 * Evidence uploads: {@code assessment.evidence.*} bound and validated at start, and the servlet's multipart limits
 * derived from it. A file is not limited by the container (the service checks it and answers its own problem); a
 * whole request may be the largest file plus {@link #FORM_ALLOWANCE} for the form's other fields, beyond which
 * the container stops reading and the service answers 413 {@code evidence-too-large} ({@code EvidenceProblems}).
 * The container's limit is the larger of that and a bulk import's ({@code assessment.imports.max-bytes}, checked
 * again by {@code bulk/ImportUploads}); an evidence upload between the two is refused by {@code BodySizeLimit} on its
 * declared length, or by the evidence rule on the file's size.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
public class EvidenceConfiguration {

    /** Room for the multipart boundaries and the item's other fields. */
    public static final long FORM_ALLOWANCE = 1024 * 1024;

    @Bean
    public MultipartConfigElement multipartConfigElement(EvidenceSettings settings,
            @Value("${assessment.imports.max-bytes:20971520}") long importBytes) {
        long limit = Math.max(maxRequestBytes(settings), importBytes + FORM_ALLOWANCE);
        return new MultipartConfigElement(null, -1, limit, 256 * 1024);
    }

    public static long maxRequestBytes(EvidenceSettings settings) {
        return settings.maxFileSize().toBytes() + FORM_ALLOWANCE;
    }
}
