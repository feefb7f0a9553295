package uk.nhs.dma.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** What every error response must be: an RFC 9457 problem with a stable rule, traceable, and no internals. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    /**
     * Asserts the response is a problem with this status and rule, in {@code application/problem+json}, whose
     * {@code correlationId} is the one echoed in the {@code X-Correlation-Id} header, and which shows no stack
     * trace. Returns the problem for further checks.
     */
    public static JsonNode assertProblem(Api.Response response, int status, String rule) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("Content-Type of %s", response)
                .startsWith("application/problem+json");
        assertNoInternals(response);
        JsonNode problem = response.json();
        assertThat(problem.path("rule").asText()).as("rule of %s", response).isEqualTo(rule);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo("urn:nhs-dma:problem:" + rule);
        String correlationId = response.header("X-Correlation-Id");
        assertThat(correlationId).as("X-Correlation-Id header of %s", response).isNotBlank();
        assertThat(problem.path("correlationId").asText()).isEqualTo(correlationId);
        return problem;
    }

    /** No stack trace, exception class or package name reaches the caller. */
    public static void assertNoInternals(Api.Response response) {
        String body = response.text() == null ? "" : response.text();
        assertThat(body).as("body of %s", response)
                .doesNotContain("Exception")
                .doesNotContain("at uk.nhs")
                .doesNotContain("uk.nhs.dma")
                .doesNotContain("org.axonframework")
                .doesNotContain("org.springframework");
    }
}
