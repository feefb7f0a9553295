package uk.nhs.dma.api.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * One rule for scoped callers: no row, and no figure computed from a row, for an organisation they could not
 * read directly. Trust MVT2 sat in region MV1 until 1 April 2025 and has sat in MV2 since; the regional analyst
 * of MV1 ({@code mv-regional}) may not read it today, so it is left out of MV1's summary and progress even for a
 * date when it was in MV1, in JSON and CSV, while MVT1 (still in MV1) stays.
 */
class MovedTrustAccessApiTest extends ApiTest {

    private static boolean prepared;
    private static String lastPosition;

    @BeforeEach
    void history() {
        if (prepared) {
            return;
        }
        Api admin = admin();
        send(admin.post("/api/organisations", Fixtures.organisation("MV1", "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation("MV2", "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation("MVQ1", "ICB", "MV1", "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation("MVQ2", "ICB", "MV2", "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation("MVT1", "ACUTE", "MVQ1", "2000-04-01")));
        send(admin.post("/api/organisations", Fixtures.organisation("MVT2", "ACUTE", "MVQ1", "2000-04-01")));
        send(admin.post("/api/organisations/MVT2/reassignment", Map.of("parentCode", "MVQ2",
                "effectiveFrom", "2025-04-01")));
        for (int year : List.of(2024, 2025)) {
            String framework = "fwmv-" + year;
            send(admin.post("/api/frameworks", Fixtures.framework(framework, year)));
            assess(admin, "MVT1", year, framework, 2, Map.of("status", "NONE"));
            assess(admin, "MVT2", year, framework, 4, Map.of("status", "LIVE", "liveSince", "2023-01-01"));
        }
        send(admin.post("/api/targets", Map.of("targetId", "mv-epr", "name", "EPR", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "2024-03-31",
                        "thresholdPercent", 50)), "source", "test")));
        prepared = true;
    }

    @Test
    void the_moved_trust_is_out_of_reach_directly() {
        assertThat(regional().get("/api/assessments/MVT2-2025").status()).isEqualTo(403);
        assertThat(regional().get("/api/organisations/MVT2/trajectory").status()).isEqualTo(403);
        assertThat(regional().get("/api/organisations/MVT1/trajectory").status()).isEqualTo(200);
    }

    @Test
    void the_summary_of_the_old_region_leaves_the_moved_trust_out_of_rows_and_figures() {
        String path = "/api/summary?scope=REGION:MV1&asOf=2024-06-01&year=2025";
        JsonNode summary = read(regional(), path).json();
        assertThat(codes(summary.get("rows"))).containsExactly("MVT1");
        JsonNode national = read(analyst(), path).json();
        assertThat(codes(national.get("rows"))).containsExactly("MVT1", "MVT2");
        assertThat(national.get("withheld").asInt()).isZero();
        assertThat(summary.get("organisations").asInt()).isEqualTo(1);
        assertThat(summary.get("withheld").asInt()).isEqualTo(1);
        assertThat(summary.get("assessed").asInt()).isEqualTo(1);
        assertThat(summary.get("overallMean").decimalValue()).isEqualByComparingTo("2");
        assertThat(summary.get("measureMeans").get("well-led").decimalValue()).isEqualByComparingTo("2");
        assertThat(summary.get("eprLive").asInt()).isZero();

        String csv = read(regional().header("Accept", "text/csv"), path).text();
        assertThat(csv.lines().toList()).hasSize(2).noneMatch(l -> l.contains("MVT2"));
    }

    @Test
    void progress_in_the_old_region_leaves_the_moved_trust_out_of_rows_figures_and_milestones() {
        String path = "/api/targets/mv-epr/progress?scope=REGION:MV1&asOf=2024-06-01";
        JsonNode national = read(analyst(), path).json();
        assertThat(national.get("denominator").asInt()).isEqualTo(2);
        assertThat(national.get("numerator").asInt()).isEqualTo(1);

        JsonNode progress = read(regional(), path).json();
        assertThat(progress.get("denominator").asInt()).isEqualTo(1);
        assertThat(progress.get("withheld").asInt()).isEqualTo(1);
        assertThat(progress.get("numerator").asInt()).isZero();
        assertThat(progress.get("percent").decimalValue()).isEqualByComparingTo("0");
        assertThat(progress.get("nonCompliant")).extracting(JsonNode::asText).containsExactly("MVT1");
        assertThat(progress.get("milestones").get(0).get("percentAtDueBy").decimalValue()).isEqualByComparingTo("0");

        String csv = read(regional().header("Accept", "text/csv"), path).text();
        assertThat(csv.lines().toList()).hasSize(2).noneMatch(l -> l.contains("MVT2"));
    }

    @Test
    void a_list_of_assessments_keeps_only_what_the_caller_may_read() {
        JsonNode list = read(regional(), "/api/assessments?year=2025").json();
        List<String> mv = new ArrayList<>();
        list.forEach(a -> {
            if (a.get("odsCode").asText().startsWith("MVT")) {
                mv.add(a.get("odsCode").asText());
            }
        });
        assertThat(mv).containsExactly("MVT1");
    }

    private Api regional() {
        return as("mv-regional");
    }

    private Api analyst() {
        return as("analyst");
    }

    private static void assess(Api admin, String ods, int year, String framework, int score, Map<String, Object> epr) {
        send(admin.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", framework)));
        String id = ods + "-" + year;
        send(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        send(admin.put("/api/assessments/" + id + "/epr", epr));
        send(admin.post("/api/assessments/" + id + "/submission", null));
    }

    private static void send(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        lastPosition = response.header("X-Event-Position");
    }

    private static Api.Response read(Api caller, String path) {
        Api.Response response = caller.header("X-Min-Position", lastPosition).get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response;
    }

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(r -> codes.add(r.get("odsCode").asText()));
        return codes;
    }
}
