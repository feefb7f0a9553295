package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/** Audit streams come in pages; the whole-store verification runs once at a time. */
class AuditApiTest extends ApiTest {

    @Test
    void a_stream_is_read_in_pages_that_link_to_the_next() {
        String trust = organisationWithThreeEvents();

        Api.Response first = admin().get("/api/audit/streams/" + trust + "?limit=2");

        assertThat(first.status()).isEqualTo(200);
        JsonNode page = first.json();
        assertThat(page.get("events")).hasSize(2);
        assertThat(page.get("events").get(1).get("sequence").asLong()).isEqualTo(1);
        String next = page.get("next").asText();
        assertThat(next).isEqualTo("/api/audit/streams/" + trust + "?after=1&limit=2");
        assertThat(first.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        JsonNode last = admin().get(next).json();
        assertThat(last.get("events")).hasSize(1);
        assertThat(last.get("events").get(0).get("sequence").asLong()).isEqualTo(2);
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(admin().get("/api/audit/streams/" + trust).json().get("events")).hasSize(3);
        assertThat(admin().header("Accept", "text/csv").get("/api/audit/streams/" + trust + "?after=0&limit=1")
                .text().lines().toList()).hasSize(2);
    }

    @Test
    void a_page_size_out_of_range_is_a_bad_request() {
        String trust = organisationWithThreeEvents();
        for (String query : new String[] {"?limit=0", "?limit=1001", "?after=-2", "?limit=x"}) {
            Api.Response response = admin().get("/api/audit/streams/" + trust + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("rule").asText()).as(query).isEqualTo("invalid-parameter");
        }
    }

    @Test
    void a_second_verification_while_one_runs_gets_429_with_retry_after() throws Exception {
        try (Connection blocker = jdbc.getDataSource().getConnection(); Statement sql = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            // Holds the first verification at its first read, so it is certainly still running.
            sql.execute("lock table audit_stream_head in access exclusive mode");
            CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(
                    () -> admin().get("/api/audit/verification"));
            Eventually.await(() -> jdbc.queryForObject("select count(*) from pg_stat_activity where"
                    + " wait_event_type = 'Lock' and query like '%from audit_stream_head%'", Long.class),
                    n -> n > 0, Duration.ofSeconds(20));
            CompletableFuture<Api.Response> second = CompletableFuture.supplyAsync(
                    () -> as("m-auditor").get("/api/audit/verification"));
            Api.Response refused;
            try {
                refused = second.get(20, TimeUnit.SECONDS);
            } finally {
                blocker.rollback();
            }
            assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
            assertThat(refused.json().get("rule").asText()).isEqualTo("verification-running");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(first.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    private String organisationWithThreeEvents() {
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        ok(admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin().post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01")));
        ok(admin().post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "FAST_FOLLOWER", "awardedOn", "2017-02-10")));
        ok(admin().post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2030-01-01")));
        return trust;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
