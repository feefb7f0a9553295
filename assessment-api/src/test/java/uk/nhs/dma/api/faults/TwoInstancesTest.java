package uk.nhs.dma.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * Two instances of the service (child JVMs) on one PostgreSQL: reads see writes made through the other
 * instance; the same change sent to both at once wins once; a replay started on one instance is finished by the
 * other after the first is killed mid-load; the survivor takes every segment; every acknowledged command is
 * stored exactly once, the hash chains verify, and the read models equal a rebuild on the survivor alone.
 */
class TwoInstancesTest {

    private static final int YEAR = 2024;
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path work;

    @Test
    void two_instances_share_one_database_and_the_survivor_takes_over() throws Exception {
        TestDatabase.Connection database = TestDatabase.fresh();
        List<CommandLoad.Sent> ledger = new ArrayList<>();
        // node-a starts alone and claims every segment; node-b then starts beside it
        try (ServiceProcess a = start(database, "node-a");
             ServiceProcess b = startAfterClaims(database, "node-a", "node-b")) {
            // while both run, each holds its share of every processor's segments: node-a released what it had over
            Map<String, Map<String, Integer>> shares = Eventually.await(() -> shares(database),
                    s -> !s.isEmpty() && s.values().stream().allMatch(held -> held.getOrDefault("node-a", 0) == 2
                            && held.getOrDefault("node-b", 0) == 2), Duration.ofMinutes(1));
            assertThat(shares).as("four segments of each processor, two on each instance").allSatisfy((processor,
                    held) -> assertThat(held).containsOnly(Map.entry("node-a", 2), Map.entry("node-b", 2)));
            String frameworkId = Fixtures.frameworkId(YEAR);
            assertThat(a.as("admin").post("/api/organisations", Fixtures.organisation("TR1", "REGION", null,
                    "2020-01-01")).status()).isEqualTo(201);
            assertThat(b.as("admin").post("/api/organisations", Fixtures.organisation("TI1", "ICB", "TR1",
                    "2020-01-01")).status()).isEqualTo(201);
            assertThat(a.as("admin").post("/api/frameworks", Fixtures.framework(frameworkId, YEAR)).status())
                    .isEqualTo(201);

            readsSeeWritesThroughTheOtherInstance(a, b);
            readsSeeWritesThroughTheOtherInstance(b, a);
            theSameChangeSentToBothWinsOnce(a, b, frameworkId);

            CommandLoad loadA = CommandLoad.start(a.port, 4, "A", "TI1", frameworkId, YEAR);
            CommandLoad loadB = CommandLoad.start(b.port, 4, "B", "TI1", frameworkId, YEAR);
            loadA.awaitAcknowledged(60, FaultSize.LOAD_LIMIT);
            loadB.awaitAcknowledged(60, FaultSize.LOAD_LIMIT);
            // kill an instance that holds segments, so the other must take them over; a replay it has just
            // started must be finished by the other one
            boolean aOwns = owners(database).containsValue("node-a");
            ServiceProcess victim = aOwns ? a : b;
            ServiceProcess survivor = aOwns ? b : a;
            Api.Response replay = victim.as("admin").post("/api/admin/replays", Map.of("processors", List.of("all")));
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
            victim.kill();
            ledger.addAll((aOwns ? loadA : loadB).stop());

            String survivorNode = aOwns ? "node-b" : "node-a";
            Api admin = survivor.as("admin");
            Api.Response finished = Eventually.await(() -> admin.get("/api/admin/replays/"
                    + replay.json().get("replayId").asText()), r -> r.status() == 200
                    && !"RUNNING".equals(r.json().get("status").asText()), Duration.ofMinutes(2));
            assertThat(finished.json().get("status").asText()).as(finished.toString()).isEqualTo("DONE");
            Eventually.await(() -> owners(database), owners -> !owners.isEmpty()
                    && owners.values().stream().allMatch(survivorNode::equals), Duration.ofMinutes(1));
            CommandLoad load = aOwns ? loadB : loadA;
            load.awaitAcknowledged(load.acknowledged() + 20, FaultSize.LOAD_LIMIT);
            ledger.addAll(load.stop());
            assertThat(owners(database)).as("every segment on the survivor").allSatisfy((segment, owner) ->
                    assertThat(owner).isEqualTo(survivorNode));

            StoreCheck.Findings findings = StoreCheck.check("two instances, one killed", ledger, database, admin);
            System.out.println(findings.line());
            assertThat(findings.lost()).as(findings.line()).isZero();
            assertThat(findings.duplicates()).as(findings.line()).isZero();
            assertThat(findings.serverErrors()).as(findings.line()).isZero();
            assertThat(findings.verified()).as(findings.line()).isTrue();
            assertThat(findings.rebuildEqual()).as(findings.line()).isTrue();
        }
    }

    private ServiceProcess start(TestDatabase.Connection database, String node) {
        try {
            return ServiceProcess.start(database, Files.createDirectories(work.resolve(node)), "two-" + node,
                    "--assessment.node-id=" + node, "--assessment.projections.segments=4",
                    "--assessment.projections.claim-timeout=" + CLAIM_TIMEOUT.toSeconds() + "s",
                    "--assessment.projections.claim-interval=500ms",
                    "--assessment.read-your-writes.timeout=10s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command through one instance, then a default (strong) read through the other: it sees the change. */
    private static void readsSeeWritesThroughTheOtherInstance(ServiceProcess writer, ServiceProcess reader) {
        for (int i = 0; i < 5; i++) {
            String ods = Fixtures.code("R");
            assertThat(writer.as("admin").post("/api/organisations", Fixtures.organisation(ods, "ACUTE", "TI1",
                    "2020-04-01")).status()).isEqualTo(201);
            Api.Response read = reader.as("admin").get("/api/organisations/" + ods);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
        }
    }

    /** The same versioned change sent to both instances at the same moment: one wins, the other gets 409 or 412. */
    private static void theSameChangeSentToBothWinsOnce(ServiceProcess a, ServiceProcess b, String frameworkId)
            throws InterruptedException {
        String ods = Fixtures.code("C");
        assertThat(a.as("admin").post("/api/organisations", Fixtures.organisation(ods, "ACUTE", "TI1",
                "2020-04-01")).status()).isEqualTo(201);
        assertThat(b.as("admin").post("/api/assessments", Map.of("odsCode", ods, "year", YEAR,
                "frameworkId", frameworkId)).status()).isEqualTo(201);
        String path = "/api/assessments/" + ods + "-" + YEAR + "/answers";
        int won = 0;
        for (int version = 0, round = 0; round < 8; round++) {
            Map<String, Object> body = Map.of("answers", List.of(Map.of("questionId", "Q01", "score", 1 + round % 5)));
            CountDownLatch go = new CountDownLatch(1);
            String etag = "\"" + version + "\"";
            CompletableFuture<Api.Response> viaA = CompletableFuture.supplyAsync(() -> await(go,
                    () -> a.as("admin").header("If-Match", etag).put(path, body)));
            CompletableFuture<Api.Response> viaB = CompletableFuture.supplyAsync(() -> await(go,
                    () -> b.as("admin").header("If-Match", etag).put(path, body)));
            go.countDown();
            List<Integer> statuses = List.of(viaA.join().status(), viaB.join().status());
            assertThat(statuses).as("round " + round + ": " + viaA.join() + " / " + viaB.join())
                    .containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
            won++;
            version++;
        }
        assertThat(events(a, ods + "-" + YEAR)).as("one stored change per round").isEqualTo(1 + won);
    }

    private static long events(ServiceProcess service, String aggregateId) {
        return service.as("admin").get("/api/audit/streams/" + aggregateId + "?limit=1000").json()
                .get("events").size();
    }

    private static <T> T await(CountDownLatch go, java.util.function.Supplier<T> work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.get();
    }

    /** Who claims each processor's segment, from token_entry ("processor/segment" -> owner, null unclaimed). */
    /** Starts the second instance once the first claims every segment, so that only balancing can give it any. */
    private ServiceProcess startAfterClaims(TestDatabase.Connection database, String first, String node) {
        Eventually.await(() -> owners(database), owners -> owners.size() >= 4
                && owners.values().stream().allMatch(first::equals), Duration.ofMinutes(1));
        return start(database, node);
    }

    /** For each processor, how many of its segments each instance claims. */
    private static Map<String, Map<String, Integer>> shares(TestDatabase.Connection database) {
        Map<String, Map<String, Integer>> shares = new TreeMap<>();
        owners(database).forEach((segment, owner) -> shares.computeIfAbsent(segment.split("/")[0],
                p -> new TreeMap<>()).merge(String.valueOf(owner), 1, Integer::sum));
        return shares;
    }

    private static Map<String, String> owners(TestDatabase.Connection database) {
        Map<String, String> owners = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("select processor_name, segment, owner from token_entry")) {
            while (rows.next()) {
                owners.put(rows.getString(1) + "/" + rows.getInt(2), rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owners;
    }
}
