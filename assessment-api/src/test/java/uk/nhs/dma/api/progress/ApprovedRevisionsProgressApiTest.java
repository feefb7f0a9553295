package uk.nhs.dma.api.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A target may count approved revisions only. In one ICB: trust A's revision 1 (EPR LIVE) was approved, then
 * reopened and revision 2 (EPR NONE) submitted and not yet approved; trust B submitted (LIVE) and awaits
 * approval; trust C was approved (LIVE). Two targets, the default and an approved-only one, on the same trusts.
 */
class ApprovedRevisionsProgressApiTest extends ApiTest {

    private Api admin;
    private String icb;
    private String a;
    private String b;
    private String c;
    private String strict;
    private String lenient;
    private String lastPosition;
    private Instant beforeApprovals;

    @BeforeEach
    void history() {
        admin = admin();
        String region = Fixtures.code("Y");
        icb = Fixtures.code("Q");
        a = Fixtures.code("R");
        b = Fixtures.code("R");
        c = Fixtures.code("R");
        strict = "approved-" + icb.toLowerCase();
        lenient = "submitted-" + icb.toLowerCase();
        send(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        for (String trust : List.of(a, b, c)) {
            send(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2000-04-01")));
        }
        String framework = Fixtures.frameworkId(2024);
        send(admin.post("/api/frameworks", Fixtures.framework(framework, 2024)));
        send(admin.post("/api/targets", target(strict, List.of("APPROVED"))));
        send(admin.post("/api/targets", target(lenient, null)));
        for (String trust : List.of(a, b, c)) {
            submit(trust, framework, Map.of("status", "LIVE", "liveSince", "2023-01-01"));
        }
        // every submission has been recorded by now (its response is in), no approval yet
        beforeApprovals = Instant.now();
        send(approver().post("/api/assessments/" + a + "-2024/approval", Map.of("boardDate", "2024-05-01")));
        send(approver().post("/api/assessments/" + c + "-2024/approval", Map.of("boardDate", "2024-05-01")));
        send(admin.post("/api/assessments/" + a + "-2024/reopening", Map.of("reason", "EPR contract ended")));
        send(admin.put("/api/assessments/" + a + "-2024/epr", Map.of("status", "NONE")));
        send(admin.post("/api/assessments/" + a + "-2024/submission", null));
    }

    @Test
    void an_approved_only_target_counts_each_trusts_latest_approved_revision() {
        JsonNode view = read(progress(strict)).json();

        assertThat(view.get("denominator").asInt()).isEqualTo(3);
        assertThat(view.get("numerator").asInt()).as("A by its approved revision 1, and C").isEqualTo(2);
        assertThat(view.get("approved").asInt()).isEqualTo(2);
        assertThat(view.get("unknown").asInt()).as("B has nothing approved").isEqualTo(1);
        assertThat(view.get("nonCompliant")).extracting(JsonNode::asText).containsExactly(b);
    }

    @Test
    void by_default_every_latest_submitted_revision_counts_and_approved_says_how_many_of_those_are_approved() {
        JsonNode view = read(progress(lenient)).json();

        assertThat(view.get("numerator").asInt()).as("B and C; A's revision 2 has no EPR").isEqualTo(2);
        assertThat(view.get("approved").asInt()).as("C only").isEqualTo(1);
        assertThat(view.get("nonCompliant")).extracting(JsonNode::asText).containsExactly(a);
    }

    @Test
    void the_csv_has_the_approved_column() {
        List<String> lines = read(admin.header("Accept", "text/csv"), progress(strict)).text().lines().toList();

        assertThat(lines.get(0)).endsWith(",programmeStatus,approved,capabilityStatus,capabilityEffectiveFrom");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(a + ",").contains(",true,false,2024,1,LIVE,")
                .endsWith(",true,,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(b + ",").contains(",false,true,,,"));
    }

    @Test
    void as_known_before_the_approvals_nothing_counted_for_the_approved_only_target() {
        JsonNode view = read(progress(strict) + "&knownAt=" + beforeApprovals).json();

        assertThat(view.get("numerator").asInt()).isZero();
        assertThat(view.get("unknown").asInt()).isEqualTo(3);
    }

    @Test
    void the_target_shows_its_counted_statuses_and_refuses_a_list_without_approved() {
        assertThat(read(admin, "/api/targets/" + strict).json().get("countedAssessmentStatuses"))
                .extracting(JsonNode::asText).containsExactly("APPROVED");
        assertThat(read(admin, "/api/targets/" + lenient).json().get("countedAssessmentStatuses"))
                .extracting(JsonNode::asText).containsExactly("SUBMITTED", "APPROVED");

        String refused = "refused-" + icb.toLowerCase();
        assertProblem(admin.post("/api/targets", target(refused, List.of("SUBMITTED"))), 422,
                "invalid-countedAssessmentStatuses");
        assertThat(eventTypes(refused)).isEmpty();
    }

    @Test
    void a_revision_switches_a_target_to_approved_only_from_its_date() {
        send(admin.post("/api/targets/" + lenient + "/revisions", Map.of("effectiveFrom", "2025-01-01",
                "reason", "board approval required", "source", "test", "countedAssessmentStatuses", List.of("APPROVED"))));

        assertThat(read(progress(lenient)).json().get("nonCompliant")).extracting(JsonNode::asText)
                .containsExactly(b);
        assertThat(read(admin, "/api/targets/" + lenient + "/progress?asOf=2024-12-31&scope=ICB:" + icb).json()
                .get("nonCompliant")).extracting(JsonNode::asText).containsExactly(a);
    }

    private Map<String, Object> target(String id, List<String> counted) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("targetId", id, "name", "EPR",
                "metric", "EPR_LIVE", "population", List.of("ACUTE"),
                "milestones", List.of(Map.of("dueBy", "2026-03-31", "thresholdPercent", 90)), "source", "test"));
        if (counted != null) {
            body.put("countedAssessmentStatuses", counted);
        }
        return body;
    }

    private String progress(String target) {
        return "/api/targets/" + target + "/progress?asOf=2025-06-01&scope=ICB:" + icb;
    }

    private Api approver() {
        return as("rj1-approver");
    }

    private void submit(String trust, String framework, Map<String, Object> epr) {
        send(admin.post("/api/assessments", Map.of("odsCode", trust, "year", 2024, "frameworkId", framework)));
        String id = trust + "-2024";
        send(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(3)));
        send(admin.put("/api/assessments/" + id + "/epr", epr));
        send(admin.post("/api/assessments/" + id + "/submission", null));
    }

    private void send(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        lastPosition = response.header("X-Event-Position");
    }

    private Api.Response read(String path) {
        return read(admin, path);
    }

    private Api.Response read(Api caller, String path) {
        Api.Response response = caller.header("X-Min-Position", lastPosition).get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response;
    }
}
