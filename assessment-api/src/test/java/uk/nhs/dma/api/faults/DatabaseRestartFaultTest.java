package uk.nhs.dma.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * PostgreSQL is stopped while clients send commands, and started again on the same data directory and port.
 * During the outage commands get a 503 problem with Retry-After (never a 500), queries do not hang, health says
 * DOWN; afterwards the same service process takes commands again, its projections catch up, every
 * acknowledged command is stored exactly once and the read models equal a full rebuild.
 */
class DatabaseRestartFaultTest {

    private static final int YEAR = 2024;

    @TempDir
    Path work;

    @Test
    void commands_during_a_database_restart_get_503_and_the_service_recovers_by_itself() throws IOException {
        Path data = work.resolve("postgres");
        int port = ServiceProcess.freePort();
        EmbeddedPostgres postgres = postgres(data, port);
        TestDatabase.Connection database = new TestDatabase.Connection(postgres.getJdbcUrl("postgres", "postgres"),
                "postgres", "");
        String frameworkId = Fixtures.frameworkId(YEAR);
        try (ServiceProcess service = ServiceProcess.start(database, work, "database-restart")) {
            Api admin = service.as("admin");
            assertThat(admin.post("/api/organisations", Fixtures.organisation("DR1", "REGION", null, "2020-01-01"))
                    .status()).isEqualTo(201);
            assertThat(admin.post("/api/organisations", Fixtures.organisation("DI1", "ICB", "DR1", "2020-01-01"))
                    .status()).isEqualTo(201);
            assertThat(admin.post("/api/frameworks", Fixtures.framework(frameworkId, YEAR)).status()).isEqualTo(201);
            StoreCheck.awaitCaughtUp(admin, Duration.ofMinutes(1));
            long head = admin.get("/api/admin/projections").json().get("head").asLong();

            CommandLoad load = CommandLoad.start(service.port, FaultSize.CLIENTS, "D", "DI1", frameworkId, YEAR);
            load.awaitAcknowledged(FaultSize.COMMANDS / 2, FaultSize.LOAD_LIMIT);
            postgres.close();
            long outageEnds = System.nanoTime() + Duration.ofSeconds(FaultSize.OUTAGE_SECONDS).toNanos();

            Api.Response health = Eventually.await(() -> Api.of(service.port, "admin").get("/actuator/health"),
                    r -> r.status() == 503, Duration.ofMinutes(1));
            assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
            Api.Response query = admin.get("/api/assessments");
            assertThat(query.status()).as(query.toString()).isEqualTo(503);
            assertThat(query.header("Retry-After")).isNotNull();
            assertThat(query.json().get("rule").asText()).isEqualTo("database-unavailable");
            Api.Response waiting = admin.header("X-Min-Position", String.valueOf(head + 1_000_000))
                    .get("/api/frameworks/" + frameworkId);
            assertThat(waiting.status()).as("a read-your-writes wait during the outage").isEqualTo(503);
            Eventually.await(() -> load.answered(503) >= FaultSize.CLIENTS && System.nanoTime() > outageEnds,
                    Boolean::booleanValue, Duration.ofMinutes(2));

            postgres = postgres(data, port);
            long acknowledgedAtRestart = load.acknowledged();
            // the same process takes commands again, without a restart
            load.awaitAcknowledged(acknowledgedAtRestart + Math.max(FaultSize.CLIENTS, FaultSize.COMMANDS / 2),
                    FaultSize.LOAD_LIMIT);
            List<CommandLoad.Sent> ledger = load.stop();
            Eventually.await(() -> Api.of(service.port, "admin").get("/actuator/health/readiness"),
                    r -> r.status() == 200, Duration.ofMinutes(1));

            StoreCheck.Findings findings;
            try {
                findings = StoreCheck.check("PostgreSQL restarted mid-load", ledger, database, admin);
            } catch (RuntimeException e) {
                throw new AssertionError("checking the store failed; service alive: " + service.alive() + ", log "
                        + service.log + ":\n" + service.tail(), e);
            }
            System.out.println(findings.line());
            assertThat(findings.unavailable()).as(findings.line()).isPositive();
            assertThat(findings.unavailableWithoutRetryAfter()).as(findings.line()).isZero();
            assertThat(findings.serverErrors()).as(findings.line()).isZero();
            assertThat(findings.otherRejections()).as(findings.line()).isZero();
            assertThat(findings.lost()).as(findings.line()).isZero();
            assertThat(findings.duplicates()).as(findings.line()).isZero();
            assertThat(findings.verified()).as(findings.line()).isTrue();
            assertThat(findings.rebuildEqual()).as(findings.line()).isTrue();
        } finally {
            postgres.close();
        }
    }

    /** PostgreSQL on a data directory and port that survive a stop and start. */
    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }
}
