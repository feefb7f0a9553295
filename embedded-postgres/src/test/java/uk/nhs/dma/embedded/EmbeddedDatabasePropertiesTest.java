package uk.nhs.dma.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded database's own settings: the documented defaults, the documented names, a bad value refused. */
class EmbeddedDatabasePropertiesTest {

    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Enabled {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void unset_settings_take_the_documented_defaults() {
        runner.run(context -> {
            EmbeddedDatabaseProperties p = context.getBean(EmbeddedDatabaseProperties.class);
            assertThat(p.dataDir().toAbsolutePath().normalize()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
            assertThat(p.embeddedDb().port()).isZero();
        });
    }

    @Test
    void the_documented_names_bind_and_a_bad_port_stops_start_naming_the_setting() {
        runner.withPropertyValues("assessment.data-dir=/var/dma", "assessment.embedded-db.port=5433").run(context ->
                assertThat(context.getBean(EmbeddedDatabaseProperties.class)).isEqualTo(
                        new EmbeddedDatabaseProperties(Path.of("/var/dma"),
                                new EmbeddedDatabaseProperties.EmbeddedDb(5433))));
        runner.withPropertyValues("assessment.embedded-db.port=70000").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("embeddedDb.port"));
    }
}
