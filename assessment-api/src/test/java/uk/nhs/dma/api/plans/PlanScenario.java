package uk.nhs.dma.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/** Shared steps of the plan tests, over HTTP: a trust in region MY01, a submitted year, a plan, an action. */
abstract class PlanScenario extends ApiTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    /** A trust under a fresh ICB in region MY01 (the matrix region that m-regional reads); the regions once. */
    String trust() {
        admin().post("/api/organisations", Fixtures.organisation("MY01", "REGION", null, null));
        admin().post("/api/organisations", Fixtures.organisation("MY02", "REGION", null, null));
        String icb = Fixtures.code("Q");
        created(admin().post("/api/organisations", Fixtures.organisation(icb, "ICB", "MY01", "2022-07-01")));
        String trust = Fixtures.code("R");
        created(admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01")));
        return trust;
    }

    /** The trust's year submitted with every question scored {@code score}, EPR live, under a fresh framework. */
    void submitted(String ods, int year, int score) {
        String framework = Fixtures.frameworkId(year);
        created(admin().post("/api/frameworks", Fixtures.framework(framework, year)));
        Api submitter = as("rj1-submitter");
        String id = submitter.post("/api/assessments", Map.of("odsCode", ods, "year", year, "frameworkId", framework))
                .json().get("assessmentId").asText();
        ok(submitter.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        ok(submitter.put("/api/assessments/" + id + "/epr", Map.of("status", "LIVE", "supplier", "Epic",
                "liveSince", "2022-10-01")));
        ok(submitter.post("/api/assessments/" + id + "/submission", null));
    }

    static Map<String, Object> action(String description, String owner, Object due, Object target) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("owner", owner);
        body.put("dueDate", due);
        body.put("targetScore", target);
        return body;
    }

    Api submitter() {
        return as("rj1-submitter");
    }

    String open(String ods, int year, String measure) {
        Api.Response opened = submitter().post("/api/organisations/" + ods + "/plans",
                Map.of("year", year, "measureId", measure));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("planId").asText();
    }

    static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }
}
