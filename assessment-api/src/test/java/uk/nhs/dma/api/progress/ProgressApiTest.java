package uk.nhs.dma.api.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * Target progress, trajectories and summaries over HTTP, on a small hierarchy of our own: a region with two
 * ICBs and three acute trusts, two years of frameworks, one EPR target. Reads wait for the commands before
 * them by default; they also name the X-Event-Position of the last command as X-Min-Position, which still works.
 */
class ProgressApiTest extends ApiTest {

    private Api admin;
    private String region;
    private String icbA;
    private String icbB;
    private String live;
    private String deploying;
    private String silent;
    private String target;
    private String lastPosition;

    @BeforeEach
    void hierarchy() {
        admin = admin();
        region = Fixtures.code("Y");
        icbA = Fixtures.code("Q");
        icbB = Fixtures.code("Q");
        live = Fixtures.code("R");
        deploying = Fixtures.code("R");
        silent = Fixtures.code("R");
        target = "epr-" + region.toLowerCase();
        send(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(icbA, "ICB", region, "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation(icbB, "ICB", region, "2022-07-01")));
        for (String trust : List.of(live, deploying, silent)) {
            send(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icbA, "2000-04-01")));
        }
        String fw2024 = Fixtures.frameworkId(2024);
        String fw2025 = Fixtures.frameworkId(2025);
        send(admin.post("/api/frameworks", Fixtures.framework(fw2024, 2024)));
        send(admin.post("/api/frameworks", Fixtures.framework(fw2025, 2025)));
        assess(live, 2024, fw2024, 2, Map.of("status", "LIVE", "liveSince", "2023-06-01", "supplier", "Epic"));
        assess(live, 2025, fw2025, 3, Map.of("status", "LIVE", "liveSince", "2023-06-01", "supplier", "Epic"));
        assess(deploying, 2024, fw2024, 2, Map.of("status", "DEPLOYING"));
        send(admin.post("/api/targets", Map.of("targetId", target, "name", "EPR in our region", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(
                        Map.of("dueBy", "2023-12-31", "thresholdPercent", 30),
                        Map.of("dueBy", "2025-03-31", "thresholdPercent", 60)),
                "source", "test")));
        send(admin.post("/api/targets/" + target + "/revisions", Map.of("effectiveFrom", "2025-01-01",
                "reason", "in progress counts", "source", "test", "countedEprStatuses", List.of("DEPLOYING", "LIVE"))));
    }

    @Test
    void progress_counts_by_the_rule_in_force_and_judges_each_milestone_at_its_date() {
        JsonNode before = read("/api/targets/" + target + "/progress?asOf=2024-12-31&scope=REGION:" + region).json();
        assertThat(before.get("denominator").asInt()).isEqualTo(3);
        assertThat(before.get("numerator").asInt()).isEqualTo(1);
        assertThat(before.get("unknown").asInt()).isEqualTo(1);
        assertThat(before.get("percent").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(before.get("nonCompliant")).extracting(JsonNode::asText).containsExactly(deploying, silent);
        assertThat(before.get("milestones").get(0).get("met").asBoolean()).isTrue();
        assertThat(before.get("milestones").get(1).get("percentAtDueBy").isNull()).isTrue();

        JsonNode after = read("/api/targets/" + target + "/progress?asOf=2025-06-01&scope=ICB:" + icbA).json();
        assertThat(after.get("numerator").asInt()).isEqualTo(2);
        assertThat(after.get("percent").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(after.get("milestones").get(0).get("percentAtDueBy").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(after.get("milestones").get(1).get("met").asBoolean()).isTrue();

        JsonNode otherIcb = read("/api/targets/" + target + "/progress?asOf=2025-06-01&scope=ICB:" + icbB).json();
        assertThat(otherIcb.get("denominator").asInt()).isZero();
    }

    @Test
    void a_reassignment_moves_a_trust_between_scopes_from_its_date() {
        send(admin.post("/api/organisations/" + silent + "/reassignment",
                Map.of("parentCode", icbB, "effectiveFrom", "2025-04-01")));
        assertThat(read("/api/targets/" + target + "/progress?asOf=2025-03-31&scope=ICB:" + icbB).json()
                .get("denominator").asInt()).isZero();
        assertThat(read("/api/targets/" + target + "/progress?asOf=2025-04-01&scope=ICB:" + icbB).json()
                .get("denominator").asInt()).isEqualTo(1);
    }

    @Test
    void progress_as_csv_has_one_row_per_organisation_of_the_population() {
        Api.Response csv = admin.header("Accept", "text/csv").header("X-Min-Position", lastPosition)
                .get("/api/targets/" + target + "/progress?asOf=2025-06-01&scope=REGION:" + region);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).startsWith("odsCode,name,regionCode,icbCode,type,counted,unknown");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(live + ",").contains(",true,false,2025,1,LIVE,2023-06-01,"));
    }

    @Test
    void the_trajectory_shows_gaps_trend_and_status() {
        JsonNode trajectory = read("/api/organisations/" + live + "/trajectory").json();
        assertThat(trajectory.get("years")).hasSize(2);
        JsonNode first = trajectory.get("years").get(0);
        assertThat(first.get("gapToCore").get("well-led").decimalValue()).isEqualByComparingTo("1");
        assertThat(first.get("totalGap").decimalValue()).isEqualByComparingTo("7");
        assertThat(trajectory.get("trend").get("improve-care").decimalValue()).isEqualByComparingTo("1");
        assertThat(trajectory.get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(trajectory.get("projectedCoreYear").asInt()).isEqualTo(2025);

        JsonNode single = read("/api/organisations/" + deploying + "/trajectory").json();
        assertThat(single.get("status").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(read("/api/organisations/" + silent + "/trajectory").json().get("years")).isEmpty();
    }

    @Test
    void the_summary_counts_and_averages_a_scope_for_a_year() {
        JsonNode summary = read("/api/summary?scope=REGION:" + region + "&year=2024&asOf=2024-03-31").json();
        assertThat(summary.get("organisations").asInt()).isEqualTo(3);
        assertThat(summary.get("assessed").asInt()).isEqualTo(2);
        assertThat(summary.get("measureMeans").get("well-led").decimalValue()).isEqualByComparingTo("2");
        assertThat(summary.get("eprLive").asInt()).isEqualTo(1);
        assertThat(summary.get("rows")).hasSize(3);

        Api.Response csv = admin.header("Accept", "text/csv").header("X-Min-Position", lastPosition)
                .get("/api/summary?scope=REGION:" + region + "&year=2024&asOf=2024-03-31");
        assertThat(csv.text().lines().toList()).hasSize(4);
        assertThat(csv.text().lines().findFirst().orElseThrow()).contains("well-led", "overall", "eprStatus");
    }

    @Test
    void a_query_refuses_a_position_beyond_the_head_and_a_malformed_one() {
        Api.Response ahead = admin.header("X-Min-Position", String.valueOf(Long.parseLong(lastPosition) + 1000))
                .get("/api/organisations/" + live);
        assertThat(ahead.status()).isEqualTo(400);
        assertThat(ahead.json().get("rule").asText()).isEqualTo("min-position-beyond-head");
        assertThat(admin.header("X-Min-Position", "soon").get("/api/organisations/" + live).status()).isEqualTo(400);
    }

    @Test
    void the_admin_view_shows_every_processor_caught_up_to_the_head() {
        read("/api/organisations/" + live);
        JsonNode view = admin.get("/api/admin/projections").json();
        assertThat(view.get("head").asLong()).isGreaterThanOrEqualTo(Long.parseLong(lastPosition));
        assertThat(view.get("processors")).extracting(p -> p.get("name").asText())
                .contains("organisations", "assessments", "frameworks", "targets");
    }

    @Test
    void bad_query_parameters_are_problems_not_errors() {
        assertThat(admin.get("/api/targets/" + target + "/progress?asOf=2025-13-01").status()).isEqualTo(400);
        assertThat(admin.get("/api/targets/" + target + "/progress?scope=COUNTY:X1").status()).isEqualTo(400);
        assertThat(admin.get("/api/targets/" + target + "/progress?scope=REGION:" + icbA).status()).isEqualTo(404);
        assertThat(admin.get("/api/targets/no-such-target/progress").status()).isEqualTo(404);
        assertThat(admin.get("/api/summary?scope=ICB:ZZ9").status()).isEqualTo(404);
        assertThat(admin.get("/api/summary?year=abc").status()).isEqualTo(400);
        assertThat(admin.get("/api/summary?format=xml").status()).isEqualTo(400);
        assertThat(admin.get("/api/organisations/ZZ9/trajectory").status()).isEqualTo(404);
        assertThat(admin.get("/api/targets/" + target + "/progress?scope=REGION:").status()).isEqualTo(400);
        assertThat(admin.get("/api/summary?year=1000000000").status()).isEqualTo(400);
        assertThat(admin.get("/api/summary?asOf=+300000-01-01").status()).isEqualTo(400);
        assertThat(admin.get("/api/organisations/" + live + "/trajectory?knownAt=+300000-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/assessments/" + live + "-2024?knownAt=1900-01-01T00:00:00Z").status())
                .isEqualTo(400);
    }

    /** Starts, answers (all questions the same score), declares the EPR and submits one year. */
    private void assess(String ods, int year, String frameworkId, int score, Map<String, Object> epr) {
        send(admin.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", frameworkId)));
        String id = ods + "-" + year;
        send(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        send(admin.put("/api/assessments/" + id + "/epr", epr));
        send(admin.post("/api/assessments/" + id + "/submission", null));
    }

    private void send(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        assertThat(response.header("X-Event-Position")).isNotNull();
        lastPosition = response.header("X-Event-Position");
    }

    private Api.Response read(String path) {
        Api.Response response = admin.header("X-Min-Position", lastPosition).get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response;
    }
}
