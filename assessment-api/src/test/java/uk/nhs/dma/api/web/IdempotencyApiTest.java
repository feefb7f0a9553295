package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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

    @Test
    void a_replayed_response_carries_the_event_position_of_the_first() {
        String region = Fixtures.code("Y");
        Api admin = admin().header("Idempotency-Key", "position-" + region);

        Api.Response first = admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        admin().post("/api/organisations", Fixtures.organisation(Fixtures.code("Y"), "REGION", null, null));
        Api.Response second = admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        assertThat(first.header("X-Event-Position")).isNotNull();
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.header("X-Event-Position")).isEqualTo(first.header("X-Event-Position"));
    }

    @Test
    void a_key_expires_after_its_time_to_live_and_the_purge_deletes_it() {
        String region = Fixtures.code("Y");
        String key = "expiring-" + region;
        assertThat(admin().header("Idempotency-Key", key).post("/api/organisations",
                Fixtures.organisation(region, "REGION", null, null)).status()).isEqualTo(201);
        Duration ttl = Duration.ofHours(24);
        IdempotencyKeys beforeExpiry = keysAt(Duration.ofHours(23), ttl);
        IdempotencyKeys afterExpiry = keysAt(Duration.ofHours(25), ttl);

        assertThat(beforeExpiry.find("admin", key)).isPresent();
        assertThat(beforeExpiry.purge()).isZero();
        assertThat(stored(key)).isEqualTo(1);
        assertThat(afterExpiry.find("admin", key)).isEmpty();
        assertThat(afterExpiry.purge()).isPositive();
        assertThat(stored(key)).isZero();
    }

    @Test
    void an_expired_key_can_be_claimed_again_before_the_purge() {
        String key = "reclaimed-" + Fixtures.code("Y");
        Duration ttl = Duration.ofHours(24);
        assertThat(keysAt(Duration.ZERO, ttl).claim("admin", key, "POST", "/api/organisations", "a")).isTrue();

        assertThat(keysAt(Duration.ofMinutes(1), ttl).claim("admin", key, "POST", "/api/organisations", "b")).isFalse();
        assertThat(keysAt(Duration.ofHours(25), ttl).claim("admin", key, "POST", "/api/organisations", "b")).isTrue();
        assertThat(keysAt(Duration.ofHours(25), ttl).find("admin", key).orElseThrow().requestHash()).isEqualTo("b");
    }

    private IdempotencyKeys keysAt(Duration ahead, Duration ttl) {
        return new IdempotencyKeys(jdbc, Clock.offset(Clock.systemUTC(), ahead), ttl);
    }

    private long stored(String key) {
        Long count = jdbc.queryForObject("select count(*) from api_idempotency where idempotency_key = ?", Long.class,
                key);
        return count == null ? 0 : count;
    }
}
