package uk.nhs.dma.api.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * The read models are computed only from events: after resetting every processor and replaying from the
 * first event, every query answers exactly as before.
 */
class RebuildTest {

    private static final List<String> QUERIES = List.of(
            "/api/organisations", "/api/organisations/RJ1", "/api/organisations?parent=QKK&asOf=2024-06-01",
            "/api/frameworks", "/api/targets", "/api/assessments?year=2024", "/api/assessments/RJ1-2025",
            "/api/organisations/RJ1/trajectory", "/api/organisations/RRK/trajectory",
            "/api/targets/epr-coverage/progress?asOf=2024-01-01",
            "/api/targets/epr-coverage/progress?asOf=2026-06-01&scope=REGION:Y56",
            "/api/targets/foundational-capability/progress?asOf=2025-03-31&scope=ICB:QKK",
            "/api/targets/core-capability/progress?asOf=2026-03-31",
            "/api/summary?year=2023", "/api/summary?scope=REGION:Y62&year=2025");

    private static SeededService service;
    private static Api admin;

    @BeforeAll
    static void seed() {
        service = SeededService.start(TestDatabase.fresh(), "demo");
        admin = Api.of(service.context.getEnvironment().getProperty("local.server.port", Integer.class), "admin");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void a_full_replay_gives_identical_answers() {
        Map<String, String> before = answers();
        Map<String, String> rows = readModelRows();
        // Damage the read models directly: only a rebuild from the events can bring the answers back.
        service.jdbc().update("update read_model.organisation set name = 'damaged' where ods_code = 'RJ1'");
        service.jdbc().update("delete from read_model.assessment_submission where ods_code = 'RJ1'");
        assertThat(admin.get("/api/organisations/RJ1").text()).contains("damaged");

        Api.Response started = admin.post("/api/admin/replays", Map.of("processors", List.of("all")));
        assertThat(started.status()).isEqualTo(202);
        String replayId = started.json().get("replayId").asText();
        Api.Response done = Eventually.await(() -> admin.get("/api/admin/replays/" + replayId),
                r -> !"RUNNING".equals(r.json().get("status").asText()), Duration.ofMinutes(3));

        assertThat(done.json().get("status").asText()).isEqualTo("DONE");
        assertThat(done.json().get("eventsProcessed").asLong()).isEqualTo(done.json().get("eventsTotal").asLong());
        assertThat(answers()).isEqualTo(before);
        assertThat(readModelRows()).isEqualTo(rows);
    }

    /**
     * Every read-model table's rows, as a digest of each table in a stable order (the register's stamp, a counter
     * a reset moves on, aside): the rows built live and those rebuilt must be the same, kept views included.
     */
    private static Map<String, String> readModelRows() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : service.jdbc().queryForList("select table_name from information_schema.tables where"
                + " table_schema = 'read_model' and table_name <> 'register_stamp' order by 1", String.class)) {
            digests.put(table, service.jdbc().queryForObject("select count(*) || ' ' || coalesce(md5(string_agg(t::text,"
                    + " '|' order by t::text)), '') from read_model." + table + " t", String.class));
        }
        assertThat(digests).containsKeys("assessment_version", "evidence", "carried_answer", "assessment_domain_score");
        return digests;
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String query : QUERIES) {
            Api.Response response = admin.get(query);
            assertThat(response.status()).as(query).isEqualTo(200);
            answers.put(query, response.text());
        }
        return answers;
    }
}
