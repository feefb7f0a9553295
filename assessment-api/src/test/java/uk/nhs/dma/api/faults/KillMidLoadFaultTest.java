package uk.nhs.dma.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * The JVM is killed with SIGKILL while clients send commands, and restarted on the same database: every
 * acknowledged command is stored exactly once, none twice, the hash chains verify, and the read models equal a
 * full rebuild. The service runs in a child JVM on an external PostgreSQL that the test JVM keeps running.
 */
class KillMidLoadFaultTest {

    private static final int YEAR = 2024;

    @TempDir
    Path work;

    @Test
    void a_killed_service_loses_no_acknowledged_command_and_stores_none_twice() {
        TestDatabase.Connection database = TestDatabase.fresh();
        List<CommandLoad.Sent> ledger = new ArrayList<>();
        String frameworkId = Fixtures.frameworkId(YEAR);
        try (ServiceProcess first = ServiceProcess.start(database, work, "kill-first")) {
            Api admin = first.as("admin");
            assertThat(admin.post("/api/organisations", Fixtures.organisation("KR1", "REGION", null, "2020-01-01"))
                    .status()).isEqualTo(201);
            assertThat(admin.post("/api/organisations", Fixtures.organisation("KI1", "ICB", "KR1", "2020-01-01"))
                    .status()).isEqualTo(201);
            assertThat(admin.post("/api/frameworks", Fixtures.framework(frameworkId, YEAR)).status()).isEqualTo(201);

            CommandLoad load = CommandLoad.start(first.port, FaultSize.CLIENTS, "K", "KI1", frameworkId, YEAR);
            load.awaitAcknowledged(FaultSize.COMMANDS, FaultSize.LOAD_LIMIT);
            first.kill();
            ledger.addAll(load.stop());
        }
        assertThat(ledger.stream().filter(s -> s.status() < 0)).as("commands in flight at the kill").isNotEmpty();

        try (ServiceProcess second = ServiceProcess.start(database, work, "kill-second")) {
            Api admin = second.as("admin");
            // the restarted service takes commands again
            CommandLoad after = CommandLoad.start(second.port, FaultSize.CLIENTS, "L", "KI1", frameworkId, YEAR);
            after.awaitAcknowledged(FaultSize.CLIENTS * 4L, FaultSize.LOAD_LIMIT);
            ledger.addAll(after.stop());

            StoreCheck.Findings findings = StoreCheck.check("kill -9 mid-load", ledger, database, admin);
            System.out.println(findings.line());
            assertThat(findings.lost()).as(findings.line()).isZero();
            assertThat(findings.duplicates()).as(findings.line()).isZero();
            assertThat(findings.serverErrors()).as(findings.line()).isZero();
            assertThat(findings.verified()).as(findings.line()).isTrue();
            assertThat(findings.rebuildEqual()).as(findings.line()).isTrue();
        }
    }
}
