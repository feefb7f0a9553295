package uk.nhs.dma.api.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/** API tokens: created once by an admin, stored as a hash, used as Bearer like a user, revoked or expired to 401. */
@ExtendWith(OutputCaptureExtension.class)
class TokenApiTest extends ApiTest {

    private JsonNode create(Map<String, Object> request) {
        Api.Response created = admin().post("/api/admin/tokens", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Api bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    @Test
    void a_token_is_shown_once_stored_as_its_sha256_and_calls_as_its_owner_with_its_roles_and_scopes()
            throws Exception {
        String region = Fixtures.code("Y");
        JsonNode created = create(Map.of("owner", "etl-bot", "roles", List.of("ADMIN"), "odsCodes", List.of("*"),
                "regionCodes", List.of("*")));
        String token = created.get("token").asText();
        String id = created.get("id").asText();
        assertThat(token).startsWith("dma_").hasSizeGreaterThan(40);
        assertThat(created.get("createdBy").asText()).isEqualTo("admin");
        assertThat(Instant.parse(created.get("expiresAt").asText())).isAfter(Instant.now().plusSeconds(80L * 86400));

        byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertThat(jdbc.queryForObject("select token_hash from api_token where id = ?::uuid", byte[].class, id))
                .isEqualTo(hash);
        assertThat(jdbc.queryForObject("select count(*) from api_token where row(api_token.*)::text like ?",
                Long.class, "%" + token.substring(4) + "%")).isZero();

        Api.Response listed = admin().get("/api/admin/tokens");
        JsonNode mine = null;
        for (JsonNode t : listed.json()) {
            mine = t.get("id").asText().equals(id) ? t : mine;
        }
        assertThat(mine).isNotNull();
        assertThat(mine.has("token")).isFalse();
        assertThat(listed.text()).doesNotContain(token);
        assertThat(mine.get("owner").asText()).isEqualTo("etl-bot");
        assertThat(mine.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(mine.get("lastUsedAt").isNull()).isTrue();

        Api.Response registered = bearer(token).post("/api/organisations",
                Fixtures.organisation(region, "REGION", null, null));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(metaData(region, 0).get("meta").toString()).contains("\"user\":\"etl-bot\"");
        assertThat(admin().get("/api/admin/tokens/" + id).json().get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void a_scoped_token_goes_through_the_same_access_checks_as_a_user() {
        JsonNode created = create(Map.of("owner", "mx-submitter-bot", "roles", List.of("SUBMITTER"),
                "odsCodes", List.of("MX001")));
        Api bot = bearer(created.get("token").asText());

        assertProblem(bot.post("/api/organisations", Fixtures.organisation(Fixtures.code("Y"), "REGION", null, null)),
                403, "forbidden");
        assertProblem(bot.get("/api/assessments/MX002-2024"), 403, "out-of-scope");
        assertThat(bot.get("/api/assessments/MX001-2024").status()).isIn(200, 404);
        assertProblem(bot.get("/api/admin/tokens"), 403, "forbidden");
    }

    @Test
    void a_revoked_or_expired_or_unknown_token_is_401_and_creation_and_revocation_are_audited(CapturedOutput output) {
        JsonNode revokedToken = create(Map.of("owner", "revoked-bot", "roles", List.of("NATIONAL_ANALYST")));
        JsonNode expiredToken = create(Map.of("owner", "expired-bot", "roles", List.of("NATIONAL_ANALYST")));
        String id = revokedToken.get("id").asText();
        assertThat(bearer(revokedToken.get("token").asText()).get("/api/frameworks").status()).isEqualTo(200);

        Api.Response revoked = admin().header("X-Correlation-Id", "revoke-" + id).post(
                "/api/admin/tokens/" + id + "/revocation", null);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("revokedBy").asText()).isEqualTo("admin");
        assertProblem(bearer(revokedToken.get("token").asText()).get("/api/frameworks"), 401, "unauthenticated");
        assertProblem(admin().post("/api/admin/tokens/" + id + "/revocation", null), 409, "already-revoked");

        jdbc.update("update api_token set expires_at = now() - interval '1 second' where id = ?::uuid",
                expiredToken.get("id").asText());
        assertProblem(bearer(expiredToken.get("token").asText()).get("/api/frameworks"), 401, "unauthenticated");
        assertProblem(bearer("dma_not-a-token-anyone-was-given").get("/api/frameworks"), 401, "unauthenticated");

        assertThat(jdbc.queryForList("select action || ' by ' || actor || ' in ' || coalesce(correlation_id, '-')"
                + " from api_token_audit where token_id = ?::uuid order by id", String.class, id))
                .hasSize(2).first().asString().startsWith("CREATED by admin in ");
        assertThat(jdbc.queryForList("select action || ' by ' || actor || ' in ' || correlation_id"
                + " from api_token_audit where token_id = ?::uuid and action = 'REVOKED'", String.class, id))
                .containsExactly("REVOKED by admin in revoke-" + id);
        assertThat(output.getOut().lines().filter(l -> l.contains("token=" + id + " action=revoked owner=revoked-bot"
                + " by=admin correlationId=revoke-" + id))).hasSize(1);
    }

    @Test
    void a_token_creation_is_never_kept_for_an_idempotent_replay() {
        Api admin = admin().header("Idempotency-Key", "token-" + Fixtures.code("K"));
        String first = admin.post("/api/admin/tokens", Map.of("owner", "idem-bot", "roles", List.of("AUDITOR")))
                .json().get("token").asText();
        Api.Response second = admin.post("/api/admin/tokens", Map.of("owner", "idem-bot", "roles", List.of("AUDITOR")));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.json().get("token").asText()).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from api_idempotency where convert_from(body, 'UTF8') like ?",
                Long.class, "%" + first + "%")).isZero();
    }

    @Test
    void a_bad_request_for_a_token_is_a_problem_and_stores_nothing() {
        Long before = jdbc.queryForObject("select count(*) from api_token", Long.class);

        assertProblem(admin().post("/api/admin/tokens", Map.of("owner", "x", "roles", List.of("ROOT"))), 422,
                "invalid-roles");
        assertProblem(admin().post("/api/admin/tokens", Map.of("owner", "a\r\nb", "roles", List.of("ADMIN"))), 422,
                "invalid-owner");
        assertProblem(admin().post("/api/admin/tokens", Map.of("owner", "x", "roles", List.of("ADMIN"),
                "expiresAt", "2020-01-01T00:00:00Z")), 422, "invalid-expiresAt");
        assertProblem(admin().post("/api/admin/tokens", Map.of("owner", "x", "roles", List.of("ADMIN"),
                "expiresAt", Instant.now().plusSeconds(400L * 86400).toString())), 422, "invalid-expiresAt");
        assertProblem(admin().post("/api/admin/tokens", Map.of("owner", "x", "roles", List.of("SUBMITTER"),
                "odsCodes", List.of("rj1; drop"))), 422, "invalid-odsCodes");
        assertProblem(admin().get("/api/admin/tokens/not-a-uuid"), 400, "invalid-parameter");
        assertProblem(admin().get("/api/admin/tokens/00000000-0000-0000-0000-000000000000"), 404, "not-found");

        assertThat(jdbc.queryForObject("select count(*) from api_token", Long.class)).isEqualTo(before);
    }
}
