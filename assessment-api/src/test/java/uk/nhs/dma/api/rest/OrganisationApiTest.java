package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

class OrganisationApiTest extends ApiTest {

    @Test
    void registers_a_hierarchy_and_reads_it_back() {
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        Api admin = admin();

        Api.Response created = admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/organisations/" + region);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01")).status())
                .isEqualTo(201);

        Api.Response read = Eventually.await(() -> admin.get("/api/organisations/" + trust), r -> r.status() == 200,
                Duration.ofSeconds(10));
        assertThat(read.json().get("parentCode").asText()).isEqualTo(icb);
        assertThat(read.json().get("type").asText()).isEqualTo("ACUTE");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered");
        assertThat(metaData(trust, 0).get("meta").toString()).contains("\"user\":\"admin\"").contains("correlationId");
    }

    @Test
    void a_trust_under_a_region_is_refused_and_stores_nothing() {
        String region = Fixtures.code("Y");
        String trust = Fixtures.code("R");
        admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", region, null));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("invalid-parentCode");
        assertThat(eventTypes(trust)).isEmpty();
    }
}
