package uk.nhs.dma.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start on a data directory that a live instance is using, before anything else starts, so that the
 * refusal is the only thing reported (DataDirectoryInUseFailureAnalyzer). The lock itself is taken and held by
 * EmbeddedDatabase; this only looks.
 */
public class DataDirectoryGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("assessment.data-dir", "./data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try {
            DataDirectoryLock.acquire(dataDir).close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data directory " + dataDir, e);
        }
    }
}
