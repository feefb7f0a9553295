package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;

/** Readiness and liveness groups, open to all (an orchestrator probes without credentials). */
class HealthApiTest extends ApiTest {

    @Test
    void readiness_checks_the_application_state_the_database_the_migrations_and_the_seed() {
        Api.Response readiness = anonymous().get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(components(readiness.json())).containsExactlyInAnyOrder("readinessState", "db", "migrations",
                "seeds");
    }

    @Test
    void liveness_checks_the_application_state_only() {
        Api.Response liveness = anonymous().get("/actuator/health/liveness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(components(liveness.json())).containsExactly("livenessState");
    }

    @Test
    void the_root_health_says_whether_commands_can_be_taken_so_it_leaves_the_seed_out() {
        Api.Response health = anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(components(health.json())).contains("db", "migrations").doesNotContain("seeds");
        assertThat(health.json().get("groups")).extracting(JsonNode::asText).contains("liveness", "readiness");
    }

    @Test
    void an_admin_sees_the_details() {
        JsonNode readiness = admin().get("/actuator/health/readiness").json();

        assertThat(readiness.at("/components/seeds/details/mode").asText()).isEqualTo("none");
        assertThat(readiness.at("/components/seeds/details/state").asText()).isEqualTo("DONE");
        assertThat(readiness.at("/components/migrations/details/pending").asInt()).isZero();
        assertThat(readiness.at("/components/migrations/details/failed").asBoolean()).isFalse();
        assertThat(anonymous().get("/actuator/health/readiness").json().at("/components/seeds/details").isMissingNode())
                .isTrue();
    }

    private static List<String> components(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.get("components").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
