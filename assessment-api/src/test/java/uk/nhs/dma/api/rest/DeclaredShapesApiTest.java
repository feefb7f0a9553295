package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.ApiTest;

/**
 * The shapes of requests are declared on the request records and parameters (Bean Validation), so the contract
 * shows them, and a request outside them gets the same answer as when each handler checked it by hand.
 */
class DeclaredShapesApiTest extends ApiTest {

    @Test
    void the_contract_shows_the_declared_shapes() {
        JsonNode document = anonymous().get("/v3/api-docs").json();

        JsonNode limit = parameter(document, "/api/assessments", "limit");
        assertThat(limit.path("schema").path("minimum").asInt()).isEqualTo(1);
        assertThat(limit.path("schema").path("maximum").asInt()).isEqualTo(1000);
        List<String> required = new ArrayList<>();
        document.path("components").path("schemas").path("StartRequest").path("required")
                .forEach(name -> required.add(name.asText()));
        assertThat(required).containsExactlyInAnyOrder("odsCode", "year", "frameworkId");
    }

    @Test
    void a_missing_field_is_the_cores_answer_for_the_first_one_declared() {
        JsonNode problem = assertProblem(as("m-submitter").post("/api/assessments", Map.of()), 422, "invalid-odsCode");

        assertThat(problem.path("field").asText()).isEqualTo("odsCode");
        assertThat(problem.path("detail").asText()).isEqualTo("odsCode is required");
        JsonNode year = assertProblem(as("m-submitter").post("/api/assessments",
                Map.of("odsCode", "MX001", "frameworkId", "fwmx-2024")), 422, "invalid-year");
        assertThat(year.path("detail").asText()).isEqualTo("year is required");
    }

    @Test
    void parameters_outside_their_shape_are_told_as_before() {
        assertThat(detail("/api/assessments?limit=0", 400, "invalid-parameter"))
                .isEqualTo("limit must be between 1 and 1000");
        assertThat(detail("/api/assessments?offset=-1", 400, "invalid-parameter"))
                .isEqualTo("offset must not be negative");
        assertThat(detail("/api/assessments?year=1999", 400, "invalid-parameter"))
                .isEqualTo("year must be a year between 2000 and 2100");
        assertThat(detail("/api/summary?asOf=1700-01-01", 400, "invalid-parameter"))
                .isEqualTo("asOf must be a date between the years 1800 and 2199");
        assertThat(detail("/api/assessments/RJ1-2024?knownAt=1900-01-01T00:00:00Z", 400, "invalid-parameter"))
                .isEqualTo("knownAt must be an instant between 1970 and 2199");
        assertThat(detail("/api/organisations?parent=not-a-code", 400, "invalid-parameter")).contains("not-a-code");
        assertThat(detail("/api/assessments/not-an-id", 404, "not-found")).startsWith("No assessment 'not-an-id' exists: ");
        assertThat(detail("/api/organisations/r1-x/trajectory", 404, "not-found"))
                .startsWith("No organisation 'r1-x' exists: ");
    }

    private String detail(String path, int status, String rule) {
        return assertProblem(admin().get(path), status, rule).path("detail").asText();
    }

    private static JsonNode parameter(JsonNode document, String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " on GET " + path);
    }
}
