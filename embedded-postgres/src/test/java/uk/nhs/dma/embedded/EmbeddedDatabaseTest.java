package uk.nhs.dma.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default on a new data directory, as the service wires it: durable (fsync and synchronous commit
 * on), passwords for everyone (scram, no trust, the password file 0600), its socket inside the data directory,
 * and the service's pool connected as the application role, which is no superuser.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void a_new_data_directory_is_durable_and_closed_to_anyone_without_its_passwords() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("assessment.data-dir=" + dataDir)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JdbcTemplate pool = new JdbcTemplate(context.getBean(DataSource.class));
                    EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
                    Path pgData = dataDir.resolve("postgres").toRealPath();

                    assertThat(pool.queryForObject("show fsync", String.class)).isEqualTo("on");
                    assertThat(pool.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
                    assertThat(pool.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
                    assertThat(pool.queryForObject("select current_user", String.class))
                            .isEqualTo(EmbeddedDatabase.APPLICATION_ROLE);
                    assertThat(pool.queryForObject("select rolsuper or rolcreaterole or rolcreatedb from pg_roles"
                            + " where rolname = current_user", Boolean.class)).isFalse();
                    assertThat(pool.queryForObject("select count(*) from pg_namespace n join pg_roles r"
                            + " on r.oid = n.nspowner where r.rolname = current_user", Integer.class)).isZero();

                    Path passwords = dataDir.resolve(DatabasePasswords.FILE_NAME);
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)))
                            .isEqualTo("rw-------");
                    assertThat(Files.readString(passwords)).contains(database.passwords().application());
                    assertThat(dataDir.resolve("initdb-password")).doesNotExist();

                    List<String> rules = Files.readAllLines(pgData.resolve("pg_hba.conf"), StandardCharsets.UTF_8)
                            .stream().map(line -> line.replaceFirst("#.*", "").trim())
                            .filter(line -> !line.isEmpty()).toList();
                    assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule)
                            .endsWith("scram-sha-256").doesNotContain("trust"));
                    assertThat(pool.queryForObject("show password_encryption", String.class))
                            .isEqualTo("scram-sha-256");

                    int port = database.postgres().getPort();
                    assertThat(pgData.resolve(".s.PGSQL." + port)).exists();
                    assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
                    assertThat(pool.queryForObject("show listen_addresses", String.class)).isEqualTo("localhost");

                    assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
                            .isInstanceOf(SQLException.class);
                    assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "wrong")
                            .close()).isInstanceOf(SQLException.class);
                });
    }
}
