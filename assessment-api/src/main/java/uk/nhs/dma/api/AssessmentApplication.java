package uk.nhs.dma.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.nhs.dma.api.config.AssessmentProperties;
import uk.nhs.dma.embedded.EmbeddedDatabaseConfiguration;

@EnableScheduling
@EnableConfigurationProperties(AssessmentProperties.class)
@SpringBootApplication(scanBasePackages = {"uk.nhs.dma.api", "uk.nhs.dma.web", "uk.nhs.dma.projections", "uk.nhs.dma.seeds",
        "uk.nhs.dma.eventstore"})
@Import(EmbeddedDatabaseConfiguration.class) // the newcomer's default database, when no datasource URL is given
public class AssessmentApplication {

    public static void main(String[] args) {
        // Axon's update checker calls out to the internet; only a system property turns it off.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(AssessmentApplication.class, args);
    }
}
