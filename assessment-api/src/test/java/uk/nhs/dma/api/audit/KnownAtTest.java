package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * Transaction time: an answer asked "as known at" an instant is exactly the answer the service gave live at that
 * instant, whatever was recorded after it.
 */
class KnownAtTest extends ApiTest {

    private Api admin;
    private String lastPosition = "0";

    @Test
    void every_query_as_known_at_a_moment_equals_the_live_answer_taken_then() {
        admin = admin();
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String other = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        String sibling = Fixtures.code("R");
        String fw2024 = Fixtures.frameworkId(2024);
        String fw2025 = Fixtures.frameworkId(2025);
        String target = "known-" + region.toLowerCase();
        send(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation(other, "ICB", region, "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2000-04-01")));
        send(admin.post("/api/organisations", Fixtures.organisation(sibling, "ACUTE", icb, "2000-04-01")));
        send(admin.post("/api/frameworks", Fixtures.framework(fw2024, 2024)));
        send(admin.post("/api/frameworks", Fixtures.framework(fw2025, 2025)));
        send(admin.post("/api/targets", Map.of("targetId", target, "name", "EPR", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "2025-03-31", "thresholdPercent", 50)),
                "source", "test")));
        assess(trust, 2024, fw2024, 2, "DEPLOYING");
        assess(trust, 2025, fw2025, 3, "DEPLOYING");
        send(as("rj1-approver").post("/api/assessments/" + trust + "-2025/approval", Map.of()));

        List<String> queries = List.of(
                "/api/assessments/" + trust + "-2025",
                "/api/organisations/" + trust + "/trajectory",
                "/api/targets/" + target + "/progress?asOf=2025-06-01&scope=REGION:" + region,
                "/api/targets/" + target + "/progress?asOf=2026-06-01&scope=ICB:" + icb,
                "/api/summary?scope=REGION:" + region + "&year=2025&asOf=2025-03-31");
        Map<String, String> live = answers(queries, null);
        Instant moment = Instant.now();

        // Everything below is recorded after the moment.
        send(admin.post("/api/assessments/" + trust + "-2025/reopening", Map.of("reason", "EPR went live")));
        send(admin.put("/api/assessments/" + trust + "-2025/epr", Map.of("status", "LIVE", "liveSince", "2025-01-10")));
        send(admin.put("/api/assessments/" + trust + "-2025/answers", Fixtures.allAnswers(4)));
        send(admin.post("/api/assessments/" + trust + "-2025/submission", null));
        send(admin.post("/api/organisations/" + sibling + "/reassignment",
                Map.of("parentCode", other, "effectiveFrom", "2025-04-01")));
        send(admin.post("/api/organisations/" + sibling + "/closure", Map.of("closedOn", "2026-01-31")));
        send(admin.post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "DIGITAL_ASPIRANT", "awardedOn", "2018-09-06")));
        send(admin.post("/api/targets/" + target + "/revisions", Map.of("effectiveFrom", "2025-05-01",
                "reason", "in progress counts", "source", "test", "countedEprStatuses", List.of("DEPLOYING", "LIVE"))));

        Map<String, String> now = answers(queries, null);
        Map<String, String> asKnown = answers(queries, moment);

        assertThat(asKnown).isEqualTo(live);
        queries.forEach(q -> assertThat(now.get(q)).as("the live answer moved on: " + q).isNotEqualTo(live.get(q)));

        // The auditor's diff: who changed counting between the moment and now, and the events that did it.
        Api.Response diff = read("/api/targets/" + target + "/progress/changes?asOf=2025-06-01&scope=REGION:" + region
                + "&from=" + moment);
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode changes = diff.json();
        assertThat(changes.get("from").get("numerator").asInt()).isZero();
        assertThat(changes.get("to").get("numerator").asInt()).isEqualTo(1);
        assertThat(changes.get("to").get("denominator").asInt()).isEqualTo(2);
        assertThat(changes.get("organisations")).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode change = changes.get("organisations").get(0);
        assertThat(change.get("odsCode").asText()).isEqualTo(trust);
        assertThat(change.get("before").get("counted").asBoolean()).isFalse();
        assertThat(change.get("after").get("counted").asBoolean()).isTrue();
        assertThat(change.get("events")).extracting(e -> e.get("eventType").asText()).containsExactly(
                "AssessmentReopened", "EprDeclared", "AnswersRecorded", "AssessmentSubmitted", "ProgrammeStatusAwarded");
        assertThat(changes.get("targetEvents")).extracting(e -> e.get("eventType").asText())
                .containsExactly("TargetRevised");
    }

    @Test
    void before_anything_was_known_there_is_nothing_to_show() {
        admin = admin();
        Instant before = Instant.now();
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        String fw = Fixtures.frameworkId(2024);
        send(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2000-04-01")));
        send(admin.post("/api/frameworks", Fixtures.framework(fw, 2024)));
        assess(trust, 2024, fw, 3, "NONE");

        assertThat(read("/api/assessments/" + trust + "-2024?knownAt=" + before).status()).isEqualTo(404);
        assertThat(read("/api/organisations/" + trust + "/trajectory?knownAt=" + before).status()).isEqualTo(404);
        assertThat(admin.get("/api/assessments/" + trust + "-2024?knownAt=yesterday").status()).isEqualTo(400);
    }

    @Test
    void the_diff_names_the_parents_event_when_an_icb_moves_its_trusts_out_of_a_region() {
        admin = admin();
        String north = Fixtures.code("Y");
        String south = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        String target = "moved-" + north.toLowerCase();
        send(admin.post("/api/organisations", Fixtures.organisation(north, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(south, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", north, "2022-07-01")));
        send(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2000-04-01")));
        send(admin.post("/api/targets", Map.of("targetId", target, "name", "EPR", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "2025-03-31", "thresholdPercent", 50)),
                "source", "test")));
        read("/api/organisations/" + trust);
        Instant moment = Instant.now();
        send(admin.post("/api/organisations/" + icb + "/reassignment",
                Map.of("parentCode", south, "effectiveFrom", "2025-01-01")));

        com.fasterxml.jackson.databind.JsonNode changes = read("/api/targets/" + target
                + "/progress/changes?asOf=2025-06-01&scope=REGION:" + north + "&from=" + moment).json();

        assertThat(changes.get("organisations")).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode change = changes.get("organisations").get(0);
        assertThat(change.get("before").get("inPopulation").asBoolean()).isTrue();
        assertThat(change.get("after").get("inPopulation").asBoolean()).isFalse();
        assertThat(change.get("events")).extracting(e -> e.get("aggregateId").asText() + " " + e.get("eventType").asText())
                .containsExactly(icb + " OrganisationReassigned");
    }

    private Map<String, String> answers(List<String> queries, Instant knownAt) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String query : queries) {
            String path = knownAt == null ? query : query + (query.contains("?") ? "&" : "?") + "knownAt=" + knownAt;
            Api.Response response = read(path);
            assertThat(response.status()).as(path + " " + response).isEqualTo(200);
            answers.put(query, response.text());
        }
        return answers;
    }

    private void assess(String ods, int year, String frameworkId, int score, String epr) {
        send(admin.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", frameworkId)));
        String id = ods + "-" + year;
        send(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        send(admin.put("/api/assessments/" + id + "/epr", Map.of("status", epr)));
        send(admin.post("/api/assessments/" + id + "/submission", null));
    }

    private void send(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        lastPosition = response.header("X-Event-Position");
    }

    private Api.Response read(String path) {
        return admin.header("X-Min-Position", lastPosition).get(path);
    }
}
