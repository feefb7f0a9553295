package uk.nhs.dma.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * What a fault left behind, checked from outside: the ledger of answered commands against the stored events
 * (by correlation id), the hash chains, and the read models against a full rebuild from the events.
 */
final class StoreCheck {

    /** The findings of one scenario, printed as one line that bench/faults.sh collects. */
    record Findings(String scenario, long sent, long acknowledged, long stored, long duplicates, long lost,
                    long unansweredStored, long unavailable, long unavailableWithoutRetryAfter, long serverErrors, long otherRejections,
                    boolean verified, boolean rebuildEqual) {
        String line() {
            return "faults: " + scenario + ": sent=" + sent + " acknowledged=" + acknowledged + " stored=" + stored
                    + " duplicates=" + duplicates + " lost=" + lost + " notAcknowledgedButStored=" + unansweredStored
                    + " 503s=" + unavailable + " 503sWithoutRetryAfter=" + unavailableWithoutRetryAfter
                    + " 500s=" + serverErrors + " other4xx=" + otherRejections + " verification=" + (verified ? "ok" : "FAILED")
                    + " rebuild=" + (rebuildEqual ? "equal" : "DIFFERENT");
        }
    }

    private StoreCheck() {
    }

    static Findings check(String scenario, List<CommandLoad.Sent> ledger, TestDatabase.Connection database, Api admin) {
        Map<String, Long> stored = eventsByCorrelationId(database);
        long acknowledged = ledger.stream().filter(CommandLoad.Sent::acknowledged).count();
        long lost = ledger.stream().filter(CommandLoad.Sent::acknowledged)
                .filter(s -> stored.getOrDefault(s.correlationId(), 0L) == 0).count();
        long duplicates = ledger.stream().filter(s -> stored.getOrDefault(s.correlationId(), 0L) > 1).count();
        long storedOfLedger = ledger.stream().filter(s -> stored.getOrDefault(s.correlationId(), 0L) > 0).count();
        long unansweredStored = ledger.stream().filter(s -> !s.acknowledged())
                .filter(s -> stored.getOrDefault(s.correlationId(), 0L) > 0).count();
        long unavailable = ledger.stream().filter(s -> s.status() == 503).count();
        long withoutRetryAfter = ledger.stream().filter(s -> s.status() == 503 && !s.retryAfter()).count();
        long serverErrors = ledger.stream().filter(s -> s.status() >= 500 && s.status() != 503).count();
        long others = ledger.stream().filter(s -> s.status() >= 300 && s.status() < 500).count();
        ledger.stream().filter(s -> s.status() >= 300 && s.status() != 503).limit(5)
                .forEach(s -> System.out.println("faults: unexpected answer " + s.status() + " " + s.command()));
        JsonNode verification = admin.get("/api/audit/verification").json();
        return new Findings(scenario, ledger.size(), acknowledged, storedOfLedger, duplicates, lost, unansweredStored,
                unavailable, withoutRetryAfter, serverErrors, others, verification.path("ok").asBoolean(false),
                rebuildEqual(admin));
    }

    /** How many events carry each correlation id. */
    static Map<String, Long> eventsByCorrelationId(TestDatabase.Connection database) {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("select convert_from(meta_data, 'UTF8')::jsonb->>'correlationId',"
                     + " count(*) from domain_event_entry group by 1")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** Waits for the projections to reach the head of the store. */
    static void awaitCaughtUp(Api admin, Duration timeout) {
        Eventually.await(() -> admin.get("/api/admin/projections"), r -> r.status() == 200
                && StreamSupport.stream(r.json().get("processors").spliterator(), false)
                .allMatch(p -> p.get("caughtUp").asBoolean()), timeout);
    }

    /** The query answers now, and after every projection is replayed from the first event: equal? */
    static boolean rebuildEqual(Api admin) {
        awaitCaughtUp(admin, Duration.ofMinutes(3));
        Map<String, String> before = answers(admin);
        Api.Response started = admin.post("/api/admin/replays", Map.of("processors", List.of("all")));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String replayId = started.json().get("replayId").asText();
        Api.Response done = Eventually.await(() -> admin.get("/api/admin/replays/" + replayId),
                r -> r.status() == 200 && !"RUNNING".equals(r.json().get("status").asText()), Duration.ofMinutes(3));
        assertThat(done.json().get("status").asText()).isEqualTo("DONE");
        awaitCaughtUp(admin, Duration.ofMinutes(1));
        Map<String, String> after = answers(admin);
        return before.equals(after);
    }

    private static Map<String, String> answers(Api admin) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> queries = new java.util.ArrayList<>(List.of("/api/organisations?limit=1000",
                "/api/frameworks", "/api/assessments?limit=1000"));
        for (JsonNode item : admin.get("/api/assessments?limit=1000").json().get("items")) {
            queries.add("/api/assessments/" + item.get("assessmentId").asText());
        }
        for (String query : queries) {
            Api.Response response = admin.get(query);
            assertThat(response.status()).as(query).isEqualTo(200);
            answers.put(query, response.text());
        }
        return answers;
    }
}
