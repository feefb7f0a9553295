package uk.nhs.dma.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/**
 * A data directory written by earlier versions (zonky's defaults: trust for every local user, everything owned by
 * the superuser, the event store migrated as the superuser) upgrades on the first start of this version.
 */
@ExtendWith(OutputCaptureExtension.class)
class LegacyDataDirectoryTest {

    @TempDir
    Path dataDir;

    @Test
    void a_data_directory_of_an_earlier_version_upgrades_on_first_start(CapturedOutput output) throws Exception {
        Path pgData = dataDir.resolve("postgres");
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(pgData)
                .setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(legacy.getPostgresDatabase()).locations("classpath:db/migration")
                    .target("2026.11.21.11").placeholders(Map.of("application-role", "")).load().migrate();
            new JdbcTemplate(legacy.getPostgresDatabase()).update("insert into token_entry (processor_name, segment)"
                    + " values ('from-an-earlier-version', 0)");
        }
        assertThat(HostBasedAuthentication.trustsAnyone(pgData)).isTrue();

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(AssessmentApplication.class).run(
                "--assessment.data-dir=" + dataDir, "--server.port=0", "--assessment.seed=none",
                "--" + TestUsers.PROPERTY)) {
            JdbcTemplate pool = service.getBean(JdbcTemplate.class);
            assertThat(pool.queryForObject("select current_user", String.class))
                    .isEqualTo(EmbeddedDatabase.APPLICATION_ROLE);
            assertThat(pool.queryForObject("select tableowner from pg_tables where tablename = 'domain_event_entry'",
                    String.class)).isEqualTo(EmbeddedDatabase.OWNER_ROLE);
            assertThat(pool.queryForObject("select count(*) from token_entry"
                    + " where processor_name = 'from-an-earlier-version'", Integer.class)).isOne();
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            Api admin = Api.of(port, "admin");
            String region = Fixtures.code("Y");
            assertThat(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)).status())
                    .isEqualTo(201);
            assertThat(pool.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                    Integer.class, region)).isOne();
        }

        assertThat(HostBasedAuthentication.trustsAnyone(pgData)).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve(DatabasePasswords.FILE_NAME)))).isEqualTo("rw-------");
        assertThat(output.getOut()).contains("Upgraded the embedded PostgreSQL on " + pgData.toRealPath()
                + ": passwords (scram-sha-256) instead of trust");
    }
}
