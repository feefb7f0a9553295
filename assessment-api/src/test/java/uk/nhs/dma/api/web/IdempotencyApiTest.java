package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

class IdempotencyApiTest extends ApiTest {

    @Test
    void a_repeated_key_returns_the_first_response_and_stores_nothing_new() {
        String region = Fixtures.code("Y");
        Api admin = admin().header("Idempotency-Key", "register-" + region);

        Api.Response first = admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        long eventsAfterFirst = eventCount();
        Api.Response second = admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventTypes(region)).containsExactly("OrganisationRegistered");
        assertThat(eventCount()).isEqualTo(eventsAfterFirst);
    }

    @Test
    void without_a_key_the_repeat_is_a_conflict() {
        String region = Fixtures.code("Y");
        admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        Api.Response repeat = admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.json().get("rule").asText()).isEqualTo("already-exists");
    }

    @Test
    void a_rejection_is_replayed_too() {
        String region = Fixtures.code("Y");
        Api admin = admin().header("Idempotency-Key", "bad-" + region);
        Api.Response first = admin.post("/api/organisations", Fixtures.organisation(region, "ACUTE", null, null));
        Api.Response second = admin.post("/api/organisations", Fixtures.organisation(region, "ACUTE", null, null));

        assertThat(first.status()).isEqualTo(422);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void the_same_key_for_a_different_request_is_refused() {
        String one = Fixtures.code("Y");
        String other = Fixtures.code("Y");
        Api admin = admin().header("Idempotency-Key", "shared-" + one);
        admin.post("/api/organisations", Fixtures.organisation(one, "REGION", null, null));

        Api.Response reused = admin.post("/api/organisations", Fixtures.organisation(other, "REGION", null, null));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("rule").asText()).isEqualTo("idempotency-key-reused");
        assertThat(eventTypes(other)).isEmpty();
    }

    @Test
    void keys_belong_to_their_user() {
        String one = Fixtures.code("Y");
        String other = Fixtures.code("Y");
        admin().header("Idempotency-Key", "k-" + one).post("/api/organisations",
                Fixtures.organisation(one, "REGION", null, null));

        Api.Response byAnother = as("m-admin").header("Idempotency-Key", "k-" + one).post("/api/organisations",
                Fixtures.organisation(other, "REGION", null, null));

        assertThat(byAnother.status()).isEqualTo(201);
        assertThat(eventTypes(other)).containsExactly("OrganisationRegistered");
    }
}
