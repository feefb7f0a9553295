package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/** National targets: defined once, revised from dated points, every revision kept. */
class TargetApiTest extends ScenarioApiTest {

    @Test
    void defining_a_target_creates_it() {
        String id = targetId();

        Api.Response defined = admin().post("/api/targets", target(id, "EPR_LIVE"));

        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.header("Location")).isEqualTo("/api/targets/" + id);
        assertThat(defined.header("ETag")).isEqualTo("\"0\"");
        assertThat(defined.json().get("targetId").asText()).isEqualTo(id);
        assertThat(eventTypes(id)).containsExactly("TargetDefined");
    }

    @Test
    void defining_the_same_target_again_changes_nothing() {
        String id = defined();

        Api.Response again = admin().post("/api/targets", target(id, "EPR_LIVE"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"0\"");
        assertThat(eventTypes(id)).containsExactly("TargetDefined");
    }

    @Test
    void defining_a_different_target_under_the_same_id_is_a_conflict() {
        String id = defined();
        Map<String, Object> changed = target(id, "EPR_LIVE");
        changed.put("milestones", List.of(milestone("2026-03-31", 95)));

        Api.Response refused = admin().post("/api/targets", changed);

        assertProblem(refused, 409, "target-already-defined");
        assertThat(eventTypes(id)).containsExactly("TargetDefined");
    }

    @Test
    void a_revision_replaces_the_given_milestones_and_keeps_what_it_omits() {
        String id = defined();
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("effectiveFrom", "2024-06-01");
        revision.put("reason", "Milestone moved after the spending review");
        revision.put("source", "Planning guidance 2024/25");
        revision.put("milestones", List.of(milestone("2026-03-31", 100)));

        Api.Response revised = admin().post("/api/targets/" + id + "/revisions", revision);

        assertThat(revised.status()).isEqualTo(201);
        assertThat(revised.header("ETag")).isEqualTo("\"1\"");
        JsonNode read = awaitVersion("/api/targets/" + id, 1);
        assertThat(read.get("milestones")).hasSize(2);
        assertThat(texts(read.get("countedEprStatuses"))).containsExactly("DEPLOYING", "LIVE");
        JsonNode first = read.get("revisions").get(0);
        assertThat(read.get("revisions")).hasSize(1);
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(first.get("effectiveFrom").asText()).isEqualTo("2024-06-01");
        assertThat(first.get("reason").asText()).isEqualTo("Milestone moved after the spending review");
        assertThat(first.get("milestones")).hasSize(1);
        assertThat(first.get("milestones").get(0).get("dueBy").asText()).isEqualTo("2026-03-31");
        assertThat(first.get("milestones").get(0).get("thresholdPercent").asDouble()).isEqualTo(100.0);
        assertThat(texts(first.get("countedEprStatuses"))).as("omitted: kept").containsExactly("DEPLOYING", "LIVE");
        assertThat(eventTypes(id)).containsExactly("TargetDefined", "TargetRevised");
    }

    @Test
    void a_later_revision_that_omits_milestones_keeps_the_previous_revisions() {
        String id = defined();
        ok201(admin().post("/api/targets/" + id + "/revisions", Map.of("effectiveFrom", "2024-06-01",
                "reason", "Moved", "source", "Guidance", "milestones", List.of(milestone("2026-03-31", 100)))));

        Api.Response second = admin().post("/api/targets/" + id + "/revisions", Map.of("effectiveFrom", "2025-01-01",
                "reason", "Only live counts", "source", "Guidance", "countedEprStatuses", List.of("LIVE")));

        assertThat(second.status()).isEqualTo(201);
        JsonNode read = awaitVersion("/api/targets/" + id, 2);
        JsonNode latest = read.get("revisions").get(1);
        assertThat(latest.get("revision").asInt()).isEqualTo(2);
        assertThat(latest.get("milestones").findValuesAsText("dueBy")).containsExactly("2026-03-31");
        assertThat(texts(latest.get("countedEprStatuses"))).containsExactly("LIVE");
    }

    @Test
    void a_revision_not_after_the_previous_one_is_a_conflict() {
        String id = defined();
        ok201(admin().post("/api/targets/" + id + "/revisions", Map.of("effectiveFrom", "2024-06-01",
                "reason", "Moved", "source", "Guidance", "milestones", List.of(milestone("2026-03-31", 100)))));

        Api.Response refused = admin().post("/api/targets/" + id + "/revisions", Map.of("effectiveFrom", "2024-06-01",
                "reason", "Moved again", "source", "Guidance", "milestones", List.of(milestone("2027-03-31", 100))));

        assertProblem(refused, 409, "revision-before-latest");
        assertThat(eventTypes(id)).containsExactly("TargetDefined", "TargetRevised");
    }

    @Test
    void counted_epr_statuses_on_a_foundational_target_are_refused() {
        String id = targetId();
        Map<String, Object> body = target(id, "FOUNDATIONAL");

        Api.Response refused = admin().post("/api/targets", body);

        assertProblem(refused, 422, "invalid-countedEprStatuses");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void a_threshold_over_one_hundred_percent_is_refused() {
        String id = targetId();
        Map<String, Object> body = target(id, "EPR_LIVE");
        body.put("milestones", List.of(milestone("2025-03-31", 101)));

        Api.Response refused = admin().post("/api/targets", body);

        assertProblem(refused, 422, "invalid-milestones.thresholdPercent");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void an_unknown_metric_is_a_malformed_body() {
        String id = targetId();

        Api.Response refused = admin().post("/api/targets", target(id, "PATIENT_SATISFACTION"));

        JsonNode problem = assertProblem(refused, 400, "malformed-body");
        assertThat(problem.get("detail").asText()).contains("metric").contains("EPR_LIVE");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void a_revision_of_an_unknown_target_is_not_found() {
        String id = targetId();

        Api.Response refused = admin().post("/api/targets/" + id + "/revisions", Map.of("effectiveFrom", "2024-06-01",
                "reason", "Moved", "source", "Guidance"));

        assertProblem(refused, 404, "not-found");
        assertProblem(admin().get("/api/targets/" + id), 404, "not-found");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void the_list_shows_every_target_with_its_definition() {
        String one = defined();
        String other = defined();

        JsonNode list = await("/api/targets", json -> json.findValuesAsText("targetId").containsAll(List.of(one, other)));

        assertThat(list.isArray()).isTrue();
        list.forEach(item -> assertThat(item.has("milestones") && item.has("revisions")).isTrue());
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** A fresh target id that never ends in a year, e.g. "target-t00042". */
    private static String targetId() {
        return "target-" + Fixtures.code("T").toLowerCase();
    }

    private String defined() {
        String id = targetId();
        ok201(admin().post("/api/targets", target(id, "EPR_LIVE")));
        return id;
    }

    private static Map<String, Object> target(String id, String metric) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targetId", id);
        body.put("name", "EPR coverage " + id);
        body.put("metric", metric);
        body.put("population", List.of("ACUTE", "MENTAL_HEALTH", "COMMUNITY", "MENTAL_HEALTH_AND_COMMUNITY", "AMBULANCE"));
        body.put("countedEprStatuses", List.of("LIVE", "DEPLOYING"));
        body.put("milestones", List.of(milestone("2023-12-31", 90), milestone("2025-03-31", 100)));
        body.put("source", "NHS Long Term Plan, 2019");
        return body;
    }

    private static Map<String, Object> milestone(String dueBy, int thresholdPercent) {
        return Map.of("dueBy", dueBy, "thresholdPercent", thresholdPercent);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void ok201(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
    }
}
