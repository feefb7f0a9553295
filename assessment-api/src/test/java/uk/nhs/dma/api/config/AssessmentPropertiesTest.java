package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code assessment.*} settings bind into one record with the README's defaults, and a bad one stops start. */
class AssessmentPropertiesTest {

    @EnableConfigurationProperties(AssessmentProperties.class)
    static class Enabled {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void unset_settings_take_the_documented_defaults() {
        runner.run(context -> {
            AssessmentProperties p = context.getBean(AssessmentProperties.class);
            assertThat(p.seed()).isEmpty();
            assertThat(p.seedRandom()).isEqualTo(20_230_331L);
            assertThat(p.seedScale().organisations()).isEqualTo(1);
            assertThat(p.seedScale().years()).isEqualTo(3);
            assertThat(p.seedScale().register()).isEqualTo(10);
            assertThat(p.projections().batchSize()).isEqualTo(200);
            assertThat(p.projections().segments()).isEqualTo(2);
            assertThat(p.readYourWrites().timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(p.idempotency().ttl()).isEqualTo(Duration.ofHours(24));
            assertThat(p.audit().checkpointInterval()).isEqualTo(Duration.ofHours(1));
            assertThat(p.audit().checkpointKey()).isEmpty();
            assertThat(p.tokens().defaultLifetime()).isEqualTo(Duration.ofDays(90));
            assertThat(p.tokens().maxLifetime()).isEqualTo(Duration.ofDays(366));
            assertThat(p.security().usersFile()).isEmpty();
            assertThat(p.security().passwordCache().ttl()).isEqualTo(Duration.ofMinutes(5));
            assertThat(p.security().passwordCache().maxSize()).isEqualTo(10_000);
            assertThat(p.security().throttle().userFailures()).isEqualTo(10);
            assertThat(p.metrics().refreshInterval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(p.metrics().targets()).startsWith("epr-coverage", "foundational-capability")
                    .contains("nhs-app-adults", "digital-social-care-records").hasSize(11);
        });
    }

    @Test
    void the_documented_names_bind() {
        runner.withPropertyValues("assessment.seed=reference", "assessment.seed-scale.organisations=2",
                "assessment.seed-scale.register=1000",
                "assessment.read-your-writes.timeout=7s", "assessment.idempotency.purge-interval=2h",
                "assessment.security.password-cache.ttl=0", "assessment.metrics.targets=core-capability",
                "assessment.tokens.max-lifetime=30d").run(context -> {
                    AssessmentProperties p = context.getBean(AssessmentProperties.class);
                    assertThat(p.seed()).isEqualTo("reference");
                    assertThat(p.seedScale().organisations()).isEqualTo(2);
                    assertThat(p.seedScale().register()).isEqualTo(1000);
                    assertThat(p.readYourWrites().timeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(p.idempotency().purgeInterval()).isEqualTo(Duration.ofHours(2));
                    assertThat(p.security().passwordCache().ttl()).isZero();
                    assertThat(p.metrics().targets()).isEqualTo(List.of("core-capability"));
                    assertThat(p.tokens().maxLifetime()).isEqualTo(Duration.ofDays(30));
                });
    }

    @Test
    void a_bad_value_stops_start_naming_the_setting() {
        runner.withPropertyValues("assessment.projections.batch-size=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(BindValidationException.class)
                    .rootCause().hasMessageContaining("projections.batchSize");
        });
        runner.withPropertyValues("assessment.seed=everything").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("seed"));
    }
}
