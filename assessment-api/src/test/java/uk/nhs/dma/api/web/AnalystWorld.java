package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A small world of our own for the analyst, auditor and admin journeys: a region with two ICBs and three acute
 * trusts, frameworks for 2024 and 2025, an EPR target (revised to count DEPLOYING from 2025), and assessments:
 * {@code live} submitted 2024 (all 2) and 2025 (all 3, EPR live), {@code deploying} submitted 2024, {@code silent}
 * none. {@code beforeAssessments} is an instant after the register and target, before any assessment.
 */
final class AnalystWorld {

    final String region = Fixtures.code("Y");
    final String icbA = Fixtures.code("Q");
    final String icbB = Fixtures.code("Q");
    final String live = Fixtures.code("R");
    final String deploying = Fixtures.code("R");
    final String silent = Fixtures.code("R");
    final String target = "epr-" + region.toLowerCase();
    final Instant beforeAssessments;
    private final Api admin;
    private String lastPosition;

    AnalystWorld(Api admin) {
        this.admin = admin;
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
        send(admin.post("/api/targets", Map.of("targetId", target, "name", "EPR in region " + region,
                "metric", "EPR_LIVE", "population", List.of("ACUTE"), "milestones", List.of(
                        Map.of("dueBy", "2023-12-31", "thresholdPercent", 30),
                        Map.of("dueBy", "2025-03-31", "thresholdPercent", 60)),
                "source", "test")));
        send(admin.post("/api/targets/" + target + "/revisions", Map.of("effectiveFrom", "2025-01-01",
                "reason", "in progress counts", "source", "test", "countedEprStatuses", List.of("DEPLOYING", "LIVE"))));
        settle();
        beforeAssessments = Instant.now();
        settle();
        assess(live, 2024, fw2024, 2, Map.of("status", "LIVE", "liveSince", "2023-06-01", "supplier", "Epic"));
        assess(live, 2025, fw2025, 3, Map.of("status", "LIVE", "liveSince", "2023-06-01", "supplier", "Epic"));
        assess(deploying, 2024, fw2024, 2, Map.of("status", "DEPLOYING"));
        settle();
    }

    /** Returns a submitted assessment with a reason, changes question Q01 to 4 and submits revision 2. */
    void returnAndResubmit(String assessmentId, String reason) {
        send(admin.post("/api/assessments/" + assessmentId + "/return", Map.of("reason", reason)));
        send(admin.put("/api/assessments/" + assessmentId + "/answers",
                Map.of("answers", List.of(Map.of("questionId", "Q01", "score", 4)))));
        send(admin.post("/api/assessments/" + assessmentId + "/submission", null));
        settle();
    }

    /** Waits until every projection has read the last command's event. */
    void settle() {
        Api.Response response = admin.header("X-Min-Position", lastPosition).get("/api/organisations/" + region);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void assess(String ods, int year, String frameworkId, int score, Map<String, Object> epr) {
        send(admin.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", frameworkId)));
        String id = ods + "-" + year;
        send(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        send(admin.put("/api/assessments/" + id + "/epr", epr));
        send(admin.post("/api/assessments/" + id + "/submission", null));
    }

    private void send(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        lastPosition = response.header("X-Event-Position");
    }
}
