package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/** Input that parses but cannot be meant is refused before it becomes an event the read side could not store. */
class ImplausibleInputApiTest extends ApiTest {

    @Test
    void a_date_outside_the_years_the_service_deals_in_is_refused_and_stores_nothing() {
        String region = Fixtures.code("Y");
        Api.Response refused = admin().post("/api/organisations", Map.of("odsCode", region, "name", "Old",
                "type", "REGION", "openedOn", "0999-01-01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("invalid-openedOn");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void a_milestone_far_in_the_future_or_with_absurd_precision_is_refused() {
        Map<String, Object> far = Map.of("targetId", "implausible-far", "name", "x", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "9999-01-01",
                        "thresholdPercent", 50)), "source", "test");
        assertThat(admin().post("/api/targets", far).status()).isEqualTo(422);
        String precise = "{\"targetId\":\"implausible-precise\",\"name\":\"x\",\"metric\":\"EPR_LIVE\","
                + "\"population\":[\"ACUTE\"],\"milestones\":[{\"dueBy\":\"2025-01-01\",\"thresholdPercent\":1e-500000000}],"
                + "\"source\":\"test\"}";
        assertThat(admin().send("POST", "/api/targets", precise, "application/json").status()).isEqualTo(422);
        assertThat(eventTypes("implausible-far")).isEmpty();
        assertThat(eventTypes("implausible-precise")).isEmpty();
    }

    @Test
    void an_idempotent_request_to_an_overlong_path_is_a_problem_not_an_error() {
        Api.Response response = admin().header("Idempotency-Key", "long-path")
                .post("/api/" + "x".repeat(600), Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
