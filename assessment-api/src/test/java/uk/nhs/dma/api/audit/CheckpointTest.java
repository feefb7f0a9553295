package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestKeys;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/** Signed checkpoints catch what the hash chains cannot: whole streams removed, tails cut with their heads. */
class CheckpointTest {

    private ConfigurableApplicationContext service;
    private JdbcTemplate jdbc;
    private Api admin;
    private String icb;
    private String trust;

    private void start(String... properties) {
        TestDatabase.Connection db = TestDatabase.fresh();
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(), "spring.datasource.password=" + db.password(),
                "server.port=0", "assessment.seed=none"));
        all.addAll(List.of(properties));
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(all.toArray(String[]::new))
                .run("--" + TestUsers.PROPERTY);
        jdbc = service.getBean(JdbcTemplate.class);
        admin = Api.of(service.getEnvironment().getProperty("local.server.port", Integer.class), "admin");
        String region = Fixtures.code("Y");
        icb = Fixtures.code("Q");
        trust = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01")));
        ok(admin.post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "FAST_FOLLOWER", "awardedOn", "2017-02-10")));
        ok(admin.post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2030-01-01")));
    }

    private void startWithKey(String... properties) {
        List<String> all = new ArrayList<>(List.of(TestKeys.PRIVATE_PROPERTY, TestKeys.PUBLIC_PROPERTY));
        all.addAll(List.of(properties));
        start(all.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void a_store_that_keeps_growing_verifies_against_every_checkpoint() {
        startWithKey();
        Api.Response first = admin.post("/api/audit/checkpoints", null);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("eventCount").asLong()).isEqualTo(5);
        assertThat(first.json().get("streamCount").asLong()).isEqualTo(3);
        assertThat(admin.post("/api/audit/checkpoints", null).status()).isEqualTo(200);
        ok(admin.post("/api/organisations", Fixtures.organisation(Fixtures.code("R"), "ACUTE", icb, "2001-04-01")));
        assertThat(admin.post("/api/audit/checkpoints", null).status()).isEqualTo(201);

        JsonNode report = admin.get("/api/audit/verification").json();

        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("checkpoints").asInt()).isEqualTo(2);
    }

    @Test
    void a_whole_stream_deleted_with_its_head_is_caught_by_the_checkpoint() {
        startWithKey();
        ok(admin.post("/api/audit/checkpoints", null));
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", trust);
        jdbc.update("delete from audit_stream_head where aggregate_identifier = ?", trust);

        JsonNode report = admin.get("/api/audit/verification").json();

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(reasons(report)).singleElement().asString().contains("checkpoint", "2 events in 2 streams");
    }

    @Test
    void a_tail_cut_with_its_head_rewound_is_caught_by_the_checkpoint() {
        startWithKey();
        ok(admin.post("/api/audit/checkpoints", null));
        String hashOfOne = jdbc.queryForObject("select convert_from(meta_data, 'UTF8')::json->>'hash'"
                + " from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", String.class, trust);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", trust);
        jdbc.update("update audit_stream_head set last_sequence = 1, last_hash = ? where aggregate_identifier = ?",
                hashOfOne, trust);

        JsonNode report = admin.get("/api/audit/verification").json();

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(reasons(report)).singleElement().asString().contains("checkpoint", "4 events");
    }

    @Test
    void checkpoints_deleted_from_the_database_are_still_checked_from_the_auditors_export() {
        startWithKey();
        ok(admin.post("/api/audit/checkpoints", null));
        JsonNode exported = admin.get("/api/audit/checkpoints").json();
        jdbc.update("delete from audit_checkpoint");
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", trust);
        jdbc.update("delete from audit_stream_head where aggregate_identifier = ?", trust);
        assertThat(admin.get("/api/audit/verification").json().get("ok").asBoolean())
                .as("without the checkpoints nothing shows").isTrue();

        JsonNode report = admin.post("/api/audit/verification", exported).json();

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(reasons(report)).hasSize(2).anySatisfy(r -> assertThat(r).contains("not in the database"))
                .anySatisfy(r -> assertThat(r).contains("2 events in 2 streams"));
    }

    @Test
    void an_altered_checkpoint_fails_its_signature_and_an_auditor_can_check_it_with_the_public_key_alone()
            throws Exception {
        startWithKey();
        ok(admin.post("/api/audit/checkpoints", null));
        JsonNode export = admin.get("/api/audit/checkpoints").json();
        JsonNode c = export.get("checkpoints").get(0);
        String text = "dma-checkpoint-v1\n" + c.get("globalPosition").asLong() + "\n" + c.get("eventCount").asLong()
                + "\n" + c.get("streamCount").asLong() + "\n" + c.get("headsDigest").asText() + "\n"
                + c.get("createdAt").asText() + "\n";
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(TestKeys.PUBLIC_KEY))));
        ed25519.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(java.util.HexFormat.of().parseHex(c.get("signature").asText()))).isTrue();
        assertThat(export.get("publicKey").asText().replaceAll("-----[A-Z ]+-----|\\s", ""))
                .isEqualTo(TestKeys.PUBLIC_KEY);

        jdbc.update("update audit_checkpoint set event_count = event_count - 1, stream_count = stream_count - 1");

        assertThat(reasons(admin.get("/api/audit/verification").json())).anySatisfy(r -> assertThat(r)
                .contains("signature does not verify"));
    }

    @Test
    void checkpoints_are_recorded_periodically_and_export_as_csv() {
        startWithKey("assessment.audit.checkpoint-interval=200ms");
        Eventually.await(() -> admin.get("/api/audit/checkpoints").json().get("checkpoints").size(), n -> n >= 1,
                Duration.ofSeconds(20));

        Api.Response csv = admin.header("Accept", "text/csv").get("/api/audit/checkpoints");

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("globalPosition,eventCount,streamCount,headsDigest,createdAt,keyId,signature");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("\\d+,\\d+,\\d+,[0-9a-f]{64},[^,]+Z,[0-9a-f]{64},[0-9a-f]{128}"));
    }

    @Test
    void without_a_key_checkpoints_are_refused_and_the_status_says_why() {
        start();
        Api.Response refused = admin.post("/api/audit/checkpoints", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("checkpoints-disabled");
        assertThat(admin.get("/api/audit/checkpoints").json().get("status").asText()).startsWith("disabled");
        assertThat(admin.get("/api/audit/verification").json().get("checkpointStatus").asText()).startsWith("disabled");
    }

    private static List<String> reasons(JsonNode report) {
        List<String> reasons = new ArrayList<>();
        report.get("failures").forEach(f -> reasons.add(f.get("reason").asText()));
        return reasons;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
