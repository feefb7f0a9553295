package uk.nhs.dma.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.nhs.dma.api.AssessmentApplication;

/**
 * The embedded database after an unclean stop: the JVM is killed with SIGKILL in a child process, so its
 * PostgreSQL keeps running and holds the data directory, and a restart must still work the first time. And a
 * second instance beside a live one is refused with one clear line.
 */
@ExtendWith(OutputCaptureExtension.class)
class UncleanStopTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    private ChildService child;

    @AfterEach
    void stopEverything() throws Exception {
        if (child != null) {
            child.close();
        }
        OrphanedServer.stopIfRunning(dataDir.resolve("postgres"));
    }

    @Test
    void a_restart_after_the_service_was_killed_stops_the_orphaned_server_and_starts_first_time() throws Exception {
        child = ChildService.start(dataDir, logs);
        DatabasePasswords passwords = DatabasePasswords.loadOrCreate(dataDir);
        try (Connection owner = DriverManager.getConnection(url(port(child.output())), EmbeddedDatabase.OWNER_ROLE,
                passwords.owner()); Statement sql = owner.createStatement()) {
            sql.execute("create table unclean_stop (note text)");
            sql.execute("insert into unclean_stop values ('committed before the kill')");
        }
        child.kill();
        long orphan = postmasterPid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphaned server").contains(true);
        ListAppender<ILoggingEvent> log = capture(OrphanedServer.class);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, 0);
             Connection owner = DriverManager.getConnection(restarted.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE,
                     passwords.owner());
             Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("select note from unclean_stop")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the kill");
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive).flatMap(p -> p.info().command()))
                    .as("orphaned server").isEmpty();
            assertThat(postmasterPid()).isNotEqualTo(orphan);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "Stopped an orphaned embedded PostgreSQL (pid " + orphan + ") on " + dataDir.resolve("postgres")
                        .toRealPath() + ", left running by a service that did not shut down cleanly");
    }

    @Test
    void a_second_instance_on_a_live_data_directory_is_refused_with_one_clear_line(CapturedOutput output)
            throws Exception {
        child = ChildService.start(dataDir, logs);
        long postmaster = postmasterPid();
        String line = "The data directory " + dataDir.toRealPath() + " is in use by another running instance of the"
                + " service (pid " + child.pid() + "): stop that instance first, or set ASSESSMENT_DATA_DIR to"
                + " another directory";

        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0))
                .isInstanceOf(DataDirectoryInUseException.class).hasMessage(line);
        assertThatThrownBy(() -> new SpringApplicationBuilder(AssessmentApplication.class).run(
                "--assessment.data-dir=" + dataDir, "--server.port=0", "--assessment.seed=none"))
                .isInstanceOf(DataDirectoryInUseException.class);

        assertThat(output.getOut() + output.getErr()).contains(line).doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the live instance's server")
                .contains(true);
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private static int port(String childOutput) {
        Matcher ready = Pattern.compile("READY pid=\\d+ port=(\\d+)").matcher(childOutput);
        assertThat(ready.find()).as(childOutput).isTrue();
        return Integer.parseInt(ready.group(1));
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static ListAppender<ILoggingEvent> capture(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
        return appender;
    }
}
