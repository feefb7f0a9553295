package uk.nhs.dma.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.config.SeedConfiguration.SeedStatus;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * Export then import into a fresh store: two whole services, each on a database of its own with the reference seed
 * (the register, frameworks and targets, no assessments). The source gets two years of results through the API
 * (approvals, a reopened and resubmitted revision, a draft never submitted); both years are exported as CSV and
 * imported into the other; the figures of both must then be the same. Not an {@code ApiTest}: the shared context's
 * store already holds every other test's results, so it cannot be the fresh one.
 */
class ResultsRoundTripTest {

    static final List<String> TRUSTS = List.of("R0A", "R0B", "R0D", "R1F", "R1H");

    static ConfigurableApplicationContext source;
    static ConfigurableApplicationContext target;

    static ConfigurableApplicationContext start() {
        TestDatabase.Connection db = TestDatabase.fresh();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AssessmentApplication.class)
                .properties("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=reference")
                .run("--" + TestUsers.PROPERTY);
        SeedStatus status = context.getBean(SeedStatus.class);
        Eventually.await(status::state, s -> s == SeedStatus.State.DONE || s == SeedStatus.State.FAILED,
                Duration.ofMinutes(5));
        assertThat(status.state()).isEqualTo(SeedStatus.State.DONE);
        return context;
    }

    static Api as(ConfigurableApplicationContext context, String user) {
        return Api.of(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), user);
    }

    @BeforeAll
    static void startBoth() {
        source = start();
        target = start();
    }

    @AfterAll
    static void stopBoth() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    static List<Map<String, Object>> answers(Api api, String framework, int offset) {
        List<Map<String, Object>> answers = new ArrayList<>();
        int i = offset;
        for (JsonNode q : api.get("/api/frameworks/" + framework).json().get("questions")) {
            answers.add(Map.of("questionId", q.get("id").asText(), "score", 1 + (i++ % 5)));
        }
        return answers;
    }

    static void ok(Api.Response response) {
        assertThat(response.status()).as("%s", response).isBetween(200, 201);
    }

    /** Results through the API: every trust both years, some approved, one revised, one left a draft. */
    static void record(Api submitter, Api approver) {
        for (int year : List.of(2023, 2024)) {
            String framework = "wgll-" + year;
            for (int t = 0; t < TRUSTS.size(); t++) {
                String ods = TRUSTS.get(t);
                String id = ods + "-" + year;
                ok(submitter.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", framework)));
                ok(submitter.put("/api/assessments/" + id + "/answers",
                        Map.of("answers", answers(submitter, framework, t + year))));
                if (t == 4 && year == 2024) {
                    continue; // a draft: never exported
                }
                ok(submitter.put("/api/assessments/" + id + "/epr", t % 2 == 0
                        ? Map.of("status", "LIVE", "supplier", "Epic", "liveSince", "2019-0" + (t + 1) + "-01")
                        : Map.of("status", "DEPLOYING", "supplier", "Cerner")));
                ok(submitter.post("/api/assessments/" + id + "/submission", ""));
                if (t < 3) {
                    ok(approver.post("/api/assessments/" + id + "/approval", Map.of("boardDate", year + "-06-0" + (t + 1))));
                }
                if (t == 0 && year == 2024) {
                    ok(submitter.post("/api/assessments/" + id + "/reopening", Map.of("reason", "late evidence")));
                    ok(submitter.put("/api/assessments/" + id + "/answers",
                            Map.of("answers", answers(submitter, framework, 3))));
                    ok(submitter.post("/api/assessments/" + id + "/submission", ""));
                    ok(approver.post("/api/assessments/" + id + "/approval", Map.of("boardDate", year + "-09-01")));
                }
            }
        }
    }

    /**
     * What a figure shows, without the instants it was computed or recorded at, and without revision numbers: an
     * import stores each year's result as revision 1, whatever revision it was in the source.
     */
    static JsonNode figure(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as("%s %s", path, response).isEqualTo(200);
        return withoutInstants(response.json());
    }

    static JsonNode withoutInstants(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().filter(n -> n.endsWith("At") || n.equals("revision")).forEach(object::remove);
            object.forEach(ResultsRoundTripTest::withoutInstants);
        } else if (node.isArray()) {
            node.forEach(ResultsRoundTripTest::withoutInstants);
        }
        return node;
    }

    @Test
    void a_year_exported_then_imported_into_a_fresh_store_gives_the_same_figures() {
        record(as(source, "rj1-submitter"), as(source, "rj1-approver"));
        Api importer = as(target, "admin");
        for (int year : List.of(2023, 2024)) {
            String csv = as(source, "auditor").get("/api/results/" + year + "?format=csv").text();
            assertThat(csv.split("\r\n")).hasSize(year == 2023 ? 6 : 5);
            Api.Response uploaded = ImportFiles.upload(importer, "results-" + year + ".csv",
                    csv.getBytes(StandardCharsets.UTF_8));
            assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(202);
            JsonNode job = ImportFiles.awaitDone(importer, uploaded.json().get("jobId").asText());
            assertThat(job.get("rejected").asInt()).as("%s", importer.get("/api/admin/imports/"
                    + job.get("jobId").asText() + "/report").text()).isZero();
            assertThat(as(target, "auditor").get("/api/results/" + year + "?format=csv").text()).isEqualTo(csv);
        }

        Api before = as(source, "admin");
        Api after = as(target, "admin");
        List<String> figures = new ArrayList<>();
        for (String target : List.of("epr-coverage", "foundational-capability", "core-capability")) {
            for (String asOf : List.of("2023-12-31", "2024-12-31")) {
                figures.add("/api/targets/" + target + "/progress?asOf=" + asOf);
            }
        }
        figures.add("/api/summary?year=2023");
        figures.add("/api/summary?year=2024");
        TRUSTS.forEach(ods -> figures.add("/api/organisations/" + ods + "/trajectory"));
        for (String path : figures) {
            assertThat(figure(after, path)).as(path).isEqualTo(figure(before, path));
        }
        assertThat(figure(after, "/api/summary?year=2024").path("assessed").asInt()).as("summary").isPositive();
    }
}
