package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/** The Prometheus endpoint, who may read it, and the service's own meters as a scrape shows them. */
class MetricsApiTest extends ApiTest {

    @Autowired
    OperationalMetrics metrics;

    private String scrape() {
        HttpResponse<String> response = Scrape.get(port, Scrape.basic("admin", TestUsers.password("admin")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void the_scrape_endpoint_answers_an_admin_in_prometheus_text_format() {
        HttpResponse<String> response = Scrape.get(port, Scrape.basic("admin", TestUsers.password("admin")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(response.body()).contains("# TYPE dma_projection_lag_events gauge");
    }

    @Test
    void without_credentials_the_scrape_endpoint_answers_401_with_a_problem() {
        HttpResponse<String> response = Scrape.get(port, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"))
                .anyMatch(v -> v.startsWith("Bearer"));
        assertThat(response.body()).contains("\"rule\":\"unauthenticated\"");
    }

    @Test
    void wrong_credentials_or_an_unknown_bearer_token_are_401_and_a_user_who_is_not_admin_is_403() {
        assertThat(Scrape.get(port, Scrape.basic("admin", "wrong")).statusCode()).isEqualTo(401);
        // No scrape token is configured in these tests: no bearer token opens the endpoint.
        assertThat(Scrape.get(port, "Bearer anything").statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, Scrape.basic("analyst", TestUsers.password("analyst"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_other_actuator_endpoints_keep_the_apis_rules() {
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(admin().get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void commands_are_counted_by_type_and_rejections_by_kind_and_rule() {
        String before = scrape();
        String region = Fixtures.code("Y");

        admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        admin().post("/api/organisations", Fixtures.organisation(Fixtures.code("T"), "ACUTE", null, null));
        String after = scrape();

        assertThat(delta(before, after, "dma_commands_handled_total", "command=\"RegisterOrganisation\""))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "dma_commands_rejected_total", "command=\"RegisterOrganisation\"",
                "kind=\"CONFLICT\"", "reason=\"already-exists\"")).isEqualTo(1.0);
        assertThat(delta(before, after, "dma_commands_rejected_total", "command=\"RegisterOrganisation\"",
                "kind=\"INVALID\"", "reason=\"invalid-parentCode\"")).isEqualTo(1.0);
        // Axon's own command bus metrics are there too, by payload type.
        assertThat(Scrape.value(after, "commandBus_successCounter_total", "payloadType=\"RegisterOrganisation\""))
                .isNotNull();
    }

    @Test
    void projection_lag_is_a_gauge_per_processor_and_reaches_zero_when_caught_up() {
        admin().post("/api/organisations", Fixtures.organisation(Fixtures.code("Y"), "REGION", null, null));

        uk.nhs.dma.projections.testing.Eventually.await(() -> {
            String text = scrape();
            for (String processor : List.of("organisations", "frameworks", "targets", "assessments")) {
                assertThat(Scrape.value(text, "dma_projection_lag_events", "processor=\"" + processor + "\""))
                        .as(processor).isEqualTo(0.0);
                assertThat(Scrape.value(text, "dma_projection_position", "processor=\"" + processor + "\""))
                        .isEqualTo(Scrape.value(text, "dma_projection_head"));
                // Axon's processor metrics, by processor name.
                assertThat(Scrape.value(text, "eventProcessor_latency", "processorName=\"" + processor + "\""))
                        .isNotNull();
            }
        }, java.time.Duration.ofSeconds(10));
        String text = scrape();
        assertThat(Scrape.value(text, "dma_replay_running")).isEqualTo(0.0);
        assertThat(Scrape.value(text, "dma_replay_progress")).isEqualTo(1.0);
        assertThat(Scrape.value(text, "dma_seed_loaded", "mode=\"none\"")).isEqualTo(1.0);
        assertThat(Scrape.value(text, "dma_seed_duration_seconds", "mode=\"none\"")).isNotNull()
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void submitted_assessments_are_counted_by_region_on_the_assessment_date_and_year() {
        Api admin = admin();
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        String other = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2000-04-01")));
        ok(admin.post("/api/organisations", Fixtures.organisation(other, "ACUTE", icb, "2000-04-01")));
        String fw2024 = Fixtures.frameworkId(2024);
        String fw2025 = Fixtures.frameworkId(2025);
        ok(admin.post("/api/frameworks", Fixtures.framework(fw2024, 2024)));
        ok(admin.post("/api/frameworks", Fixtures.framework(fw2025, 2025)));
        submit(admin, trust, 2024, fw2024);
        submit(admin, other, 2024, fw2024);
        String last = submit(admin, trust, 2025, fw2025);
        ok(admin.post("/api/assessments", Map.of("odsCode", other, "year", 2025, "frameworkId", fw2025)));
        // Read-your-writes: once this answers, every projection has the submissions.
        assertThat(admin.header("X-Min-Position", last).get("/api/assessments/" + trust + "-2025").status())
                .isEqualTo(200);

        assertThat(metrics.refresh()).isTrue();
        String text = scrape();

        assertThat(Scrape.value(text, "dma_assessments_submitted", "region=\"" + region + "\"", "year=\"2024\""))
                .isEqualTo(2.0);
        // The draft of 2025 is not submitted.
        assertThat(Scrape.value(text, "dma_assessments_submitted", "region=\"" + region + "\"", "year=\"2025\""))
                .isEqualTo(1.0);
    }

    private static String submit(Api admin, String ods, int year, String frameworkId) {
        ok(admin.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", frameworkId)));
        String id = ods + "-" + year;
        ok(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(3)));
        ok(admin.put("/api/assessments/" + id + "/epr", Map.of("status", "LIVE", "liveSince", "2023-06-01")));
        return ok(admin.post("/api/assessments/" + id + "/submission", null)).header("X-Event-Position");
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    private static double delta(String before, String after, String name, String... labels) {
        Double then = Scrape.value(before, name, labels);
        Double now = Scrape.value(after, name, labels);
        return (now == null ? 0 : now) - (then == null ? 0 : then);
    }
}
