package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/**
 * Answers at the edge that method security and typed answers must not change: who may call is decided before the
 * body is read, and an Accept the endpoint cannot produce is a 406, not JSON anyway.
 */
class EdgeAnswersApiTest extends ApiTest {

    private static final String MALFORMED = "{\"odsCode\":\"RJ1\",\"year\":";

    @Test
    void a_malformed_body_from_a_caller_without_the_role_is_refused_for_the_role() {
        String ods = Fixtures.code("R");

        assertProblem(as("m-national").send("POST", "/api/assessments", MALFORMED, "application/json"),
                403, "forbidden");
        assertProblem(as("m-auditor").send("POST", "/api/organisations", "{\"odsCode\":\"" + ods + "\"",
                "application/json"), 403, "forbidden");
        assertProblem(as("m-approver").send("PUT", "/api/assessments/RJ1-2024/answers", "{\"answers\":[",
                "application/json"), 403, "forbidden");
        assertThat(eventTypes(ods)).isEmpty();
    }

    @Test
    void a_malformed_body_from_a_caller_with_the_role_is_still_a_bad_request() {
        assertProblem(as("m-submitter").send("POST", "/api/assessments", MALFORMED, "application/json"),
                400, "malformed-body");
    }

    @Test
    void an_accept_the_endpoint_cannot_produce_is_not_acceptable() throws Exception {
        assertThat(get("analyst", "/api/summary", "application/xml").statusCode()).isEqualTo(406);
        assertThat(get("auditor", "/api/audit/checkpoints", "application/xml").statusCode()).isEqualTo(406);
        assertThat(get("analyst", "/api/organisations", "application/xml").statusCode()).isEqualTo(406);
        HttpResponse<String> json = get("analyst", "/api/summary", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        HttpResponse<String> any = get("analyst", "/api/summary", "*/*");
        assertThat(any.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        HttpResponse<String> asked = get("analyst", "/api/summary?format=json", "application/xml");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(get("analyst", "/api/summary", "text/csv").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/csv");
    }

    /** One Accept header exactly as given ({@link Api} always accepts JSON too). */
    private HttpResponse<String> get(String user, String path, String accept) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + TestUsers.password(user))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Accept", accept).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
