package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertNoInternals;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/** Requests the service cannot even read: a clear problem, no stack trace, and nothing stored. */
class BadInputApiTest extends ScenarioApiTest {

    private static final String JSON = "application/json";

    @Test
    void malformed_json_is_a_bad_request() {
        String region = Fixtures.code("Y");

        Api.Response refused = admin().send("POST", "/api/organisations",
                "{\"odsCode\":\"" + region + "\",\"name\":\"Region\",\"type\":\"REGION\"", JSON);

        JsonNode problem = assertProblem(refused, 400, "malformed-body");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void an_unknown_field_is_a_bad_request_naming_the_field() {
        String region = Fixtures.code("Y");
        Map<String, Object> body = Fixtures.organisation(region, "REGION", null, null);
        body.put("colour", "blue");

        Api.Response refused = admin().post("/api/organisations", body);

        JsonNode problem = assertProblem(refused, 400, "malformed-body");
        assertThat(problem.get("detail").asText()).contains("colour");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void an_unknown_nested_field_is_a_bad_request() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "answers"),
                Map.of("answers", List.of(Map.of("questionId", "Q01", "score", 3, "weight", 2))));

        assertProblem(refused, 400, "malformed-body");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void an_unknown_enum_value_is_a_bad_request_listing_the_allowed_values() {
        String region = Fixtures.code("Y");

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(region, "HOSPITAL", null, null));

        JsonNode problem = assertProblem(refused, 400, "malformed-body");
        assertThat(problem.get("detail").asText()).contains("type").contains("HOSPITAL").contains("REGION", "ICB");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void an_unknown_epr_status_is_a_bad_request() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "epr"), Map.of("status", "ALMOST_LIVE"));

        assertProblem(refused, 400, "malformed-body");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void a_value_of_the_wrong_json_type_is_a_bad_request() {
        String trust = trust();
        String framework = framework();

        Api.Response text = submitter().post("/api/assessments", start(trust, "twenty twenty-four", framework));
        Api.Response object = submitter().post("/api/assessments", start(trust, Map.of("value", YEAR), framework));
        Api.Response array = submitter().post("/api/assessments", start(trust, List.of(YEAR), framework));

        assertThat(assertProblem(text, 400, "malformed-body").get("detail").asText()).contains("year");
        assertProblem(object, 400, "malformed-body");
        assertProblem(array, 400, "malformed-body");
        assertThat(eventTypes(trust + "-" + YEAR)).isEmpty();
    }

    /*
     * BUG (main code): Jackson's default scalar coercion is on, so a number sent as a JSON string is accepted:
     * {"year":"2024"} starts an assessment (201) and {"score":"4"} records an answer.
     * Fix: add to assessment-api/src/main/resources/application.properties, after the strict-JSON settings
     * (lines 10-12): spring.jackson.mapper.allow-coercion-of-scalars=false
     * Verified: with it and the accept-float-as-int line below (set through SPRING_APPLICATION_JSON), both
     * disabled tests here and the whole assessment-api suite pass. Enable this test once fixed.
     */
    @Test
    void a_number_sent_as_a_json_string_is_a_bad_request() {
        String trust = trust();

        Api.Response refused = submitter().post("/api/assessments", start(trust, "2024", framework()));

        assertProblem(refused, 400, "malformed-body");
        assertThat(eventTypes(trust + "-" + YEAR)).isEmpty();
    }

    /*
     * BUG (main code): a fractional score is silently truncated and stored: {"score":4.9} answers 200 and the
     * AnswersRecorded event carries score 4, a value the caller never sent (Jackson's ACCEPT_FLOAT_AS_INT is on
     * by default). Fix: add to assessment-api/src/main/resources/application.properties, after lines 10-12:
     * spring.jackson.deserialization.accept-float-as-int=false (verified as above). Enable this test once fixed.
     */
    @Test
    void a_fractional_score_is_refused_not_truncated() {
        String id = draft();

        Api.Response refused = submitter().send("PUT", path(id, "answers"),
                "{\"answers\":[{\"questionId\":\"Q01\",\"score\":4.9}]}", JSON);

        assertProblem(refused, 400, "malformed-body");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void a_list_where_an_object_belongs_is_a_bad_request() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "answers"), Map.of("answers", "all of them"));

        assertProblem(refused, 400, "malformed-body");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void a_body_over_one_mebibyte_is_too_large() {
        String region = Fixtures.code("Y");
        Map<String, Object> body = Fixtures.organisation(region, "REGION", null, null);
        body.put("name", "x".repeat(1_100_000));

        Api.Response refused = admin().post("/api/organisations", body);

        assertProblem(refused, 413, "body-too-large");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void a_streamed_body_over_one_mebibyte_is_too_large() throws Exception {
        String region = Fixtures.code("Y");
        String body = "{\"odsCode\":\"" + region + "\",\"type\":\"REGION\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/organisations"))
                .header("Authorization", basic("admin"))
                .header("Content-Type", JSON)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body)))
                .build();

        Api.Response refused = new Api.Response(HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString()));

        assertThat(refused.raw().request().headers().firstValue("Content-Length")).isEmpty();
        assertProblem(refused, 413, "body-too-large");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void a_body_that_is_not_json_is_an_unsupported_media_type() {
        String region = Fixtures.code("Y");

        Api.Response refused = admin().send("POST", "/api/organisations",
                "odsCode=" + region + "&name=Region&type=REGION", "text/plain");

        assertProblem(refused, 415, "unsupported-media-type");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void a_missing_body_is_a_bad_request() {
        long before = eventCount();

        Api.Response refused = admin().send("POST", "/api/organisations", "", JSON);

        assertProblem(refused, 400, "malformed-body");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void no_error_shows_a_stack_trace_or_internal_names() {
        String id = draft();
        Api admin = admin();
        List<Api.Response> errors = List.of(
                admin.send("POST", "/api/organisations", "{", JSON),
                admin.send("POST", "/api/organisations", "null", JSON),
                admin.send("POST", "/api/organisations", "[1,2,3]", JSON),
                admin.send("POST", "/api/organisations", "{\"odsCode\":\"AB1\"} trailing", JSON),
                admin.send("POST", "/api/organisations", new byte[] {(byte) 0xC3, (byte) 0x28, '{'}, JSON),
                admin.send("POST", "/api/frameworks", "{\"frameworkId\":\"not a framework\"}", JSON),
                admin.send("POST", "/api/frameworks", "{\"frameworkId\":\"fw-2024\",\"measures\":[null]}", JSON),
                admin.send("POST", "/api/targets", "{\"targetId\":\"t\",\"milestones\":[{\"thresholdPercent\":\"lots\"}]}", JSON),
                admin.send("PUT", path(id, "answers"), "{\"answers\":[null]}", JSON),
                admin.send("PUT", path(id, "answers"), "{\"answers\":null}", JSON),
                admin.send("PUT", path(id, "answers"), "{\"answers\":[{\"questionId\":\"Q01\",\"score\":99999999999}]}", JSON),
                admin.send("PUT", path(id, "epr"), "{\"status\":\"LIVE\",\"liveSince\":\"yesterday\"}", JSON),
                admin.send("PUT", path(id, "epr"), "{}", JSON),
                admin.send("DELETE", "/api/assessments/" + id, null, JSON),
                admin.get("/api/organisations?limit=0"),
                admin.get("/api/organisations?type=HOSPITAL"),
                admin.get("/api/organisations?parent=not-a-code"),
                admin.get("/api/assessments?year=soon"),
                admin.get("/api/organisations/" + "Z".repeat(300)),
                admin.get("/api/nothing-here"));

        for (Api.Response error : errors) {
            assertThat(error.status()).as("%s", error).isBetween(400, 499);
            assertThat(error.header("Content-Type")).as("%s", error).startsWith("application/problem+json");
            assertNoInternals(error);
            assertThat(error.json().get("rule").asText()).as("%s", error).isNotBlank();
            assertThat(error.json().get("correlationId").asText()).as("%s", error)
                    .isEqualTo(error.header("X-Correlation-Id"));
        }
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void a_callers_correlation_id_is_echoed_in_the_header_and_every_problem() {
        String region = Fixtures.code("Y");
        Api traced = admin().header("X-Correlation-Id", "trace-" + region);

        Api.Response refused = traced.post("/api/organisations", Fixtures.organisation(region, "ACUTE", null, null));
        Api.Response tooLarge = traced.send("POST", "/api/organisations", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}", JSON);
        Api.Response unauthenticated = anonymous().header("X-Correlation-Id", "trace-" + region).get("/api/organisations");

        for (Api.Response response : List.of(refused, tooLarge, unauthenticated)) {
            assertThat(response.header("X-Correlation-Id")).as("%s", response).isEqualTo("trace-" + region);
            assertThat(response.json().get("correlationId").asText()).as("%s", response).isEqualTo("trace-" + region);
        }
        assertProblem(refused, 422, "invalid-parentCode");
        assertProblem(tooLarge, 413, "body-too-large");
        assertProblem(unauthenticated, 401, "unauthenticated");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void an_unsafe_correlation_id_is_replaced_and_the_replacement_is_in_the_problem() {
        String region = Fixtures.code("Y");
        Map<String, Object> body = new LinkedHashMap<>(Fixtures.organisation(region, "ACUTE", null, null));

        Api.Response refused = admin().header("X-Correlation-Id", "<script>alert(1)</script>")
                .post("/api/organisations", body);

        assertProblem(refused, 422, "invalid-parentCode");
        assertThat(refused.header("X-Correlation-Id")).doesNotContain("<");
        assertThat(refused.text()).doesNotContain("<script>");
        assertThat(eventTypes(region)).isEmpty();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8));
    }
}
