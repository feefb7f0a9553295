package uk.nhs.dma.embedded;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded database's settings: {@code assessment.data-dir} (env ASSESSMENT_DATA_DIR, default ./data) and
 * {@code assessment.embedded-db.port} (0: any free port). Bound here rather than with the application's other
 * settings because the embedded database also starts on its own, without the application.
 */
@Validated
@ConfigurationProperties("assessment")
public record EmbeddedDatabaseProperties(@NotNull @DefaultValue("./data") Path dataDir,
                                         @Valid @DefaultValue EmbeddedDb embeddedDb) {

    public record EmbeddedDb(@Min(0) @Max(65535) @DefaultValue("0") int port) {
    }
}
