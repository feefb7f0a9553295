package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.TestHooks;

/**
 * A GET reflects every command that completed before it arrived, with no header: the projections here are
 * slowed (see {@link TestHooks}), so a read that did not wait for them would see the state before the command.
 */
class ReadYourWritesApiTest extends ScenarioApiTest {

    private static final int ROUNDS = 5;

    @Test
    void an_approval_is_read_back_at_once_in_the_assessment_and_the_list() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = submitted();
            String trust = id.substring(0, id.indexOf('-'));

            ok(approver().post(path(id, "approval"), Map.of("boardDate", "2024-05-01")));

            assertThat(admin().get("/api/assessments/" + id).json().get("status").asText()).as("round %d", round)
                    .isEqualTo("APPROVED");
            JsonNode listed = admin().get("/api/assessments?odsCode=" + trust).json();
            assertThat(listed.get(0).get("status").asText()).as("round %d", round).isEqualTo("APPROVED");
        }
    }

    @Test
    void a_reopening_is_read_back_at_once() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = approved();

            ok(submitter().post(path(id, "reopening"), Map.of("reason", "Board asked for evidence")));

            JsonNode read = admin().get("/api/assessments/" + id).json();
            assertThat(read.get("status").asText()).as("round %d", round).isEqualTo("DRAFT");
            assertThat(read.get("revision").asInt()).as("round %d", round).isEqualTo(2);
        }
    }

    @Test
    void a_target_revision_is_read_back_at_once() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "ryw-" + region().toLowerCase();
            assertThat(admin().post("/api/targets", target(id)).status()).isEqualTo(201);

            assertThat(admin().post("/api/targets/" + id + "/revisions", Map.of("effectiveFrom", "2025-01-01",
                    "reason", "in progress counts", "source", "test",
                    "countedEprStatuses", List.of("DEPLOYING", "LIVE"))).status()).isEqualTo(201);

            JsonNode read = admin().get("/api/targets/" + id).json();
            assertThat(read.get("revisions")).as("round %d", round).hasSize(1);
        }
    }

    @Test
    void an_eventual_read_answers_from_the_read_models_as_they_are_and_a_default_read_waits() throws Exception {
        String id = submitted();
        // a default read waits until the submission is in the read models, so the eventual reads below see it
        assertThat(admin().get("/api/assessments/" + id).json().get("status").asText()).isEqualTo("SUBMITTED");
        Api.Response approved;
        try (AutoCloseable held = TestHooks.hold()) {
            approved = ok(approver().post(path(id, "approval"), Map.of("boardDate", "2024-05-01")));

            Api.Response eventual = admin().header("X-Consistency", "eventual").get("/api/assessments/" + id);
            Api.Response byParameter = admin().get("/api/assessments/" + id + "?consistency=eventual");
            Api.Response waited = admin().get("/api/assessments/" + id);

            assertThat(eventual.json().get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(byParameter.json().get("status").asText()).isEqualTo("SUBMITTED");
            // the projection is held beyond the test's 1 s timeout: the read says so rather than answer stale
            assertThat(waited.status()).isEqualTo(503);
            assertThat(waited.header("Retry-After")).isNotNull();
            assertThat(waited.json().get("rule").asText()).isEqualTo("projections-behind");
        }
        Api.Response afterwards = admin().header("X-Consistency", "eventual")
                .header("X-Min-Position", approved.header("X-Event-Position")).get("/api/assessments/" + id);
        assertThat(afterwards.json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void a_min_position_beyond_the_head_is_refused_without_waiting() {
        String id = submitted();
        long head = admin().get("/api/admin/projections").json().get("head").asLong();

        Api.Response ahead = admin().header("X-Min-Position", String.valueOf(head + 1000)).get("/api/assessments/" + id);

        assertThat(ahead.status()).isEqualTo(400);
        assertThat(ahead.json().get("rule").asText()).isEqualTo("min-position-beyond-head");
        assertThat(admin().header("X-Consistency", "someday").get("/api/assessments/" + id).json().get("rule")
                .asText()).isEqualTo("invalid-consistency");
    }

    private static Map<String, Object> target(String id) {
        return Map.of("targetId", id, "name", "EPR in a test region", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "2025-03-31",
                        "thresholdPercent", 60)), "source", "test");
    }
}
