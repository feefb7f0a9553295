package uk.nhs.dma.projections.evidence;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code assessment.evidence.*}: the largest document an evidence item may upload, and the content types it may
 * have (README, Configuration). Spring's multipart limits are set a little above the largest document, so an
 * upload over it reaches the service and gets its problem answer.
 */
@Validated
@ConfigurationProperties("assessment.evidence")
public record EvidenceSettings(@NotNull @DefaultValue("5MB") DataSize maxFileSize,
                               @NotEmpty @DefaultValue({"application/pdf", "image/png", "image/jpeg", "text/plain",
                                       "text/csv",
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
                               List<String> contentTypes) {

    /** Whether a content type (its parameters ignored, in any case) is one allowed. */
    public boolean allows(String contentType) {
        if (contentType == null) {
            return false;
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return contentTypes.stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(bare));
    }

    /** The content type as stored: without parameters, lower case. */
    public static String bare(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
