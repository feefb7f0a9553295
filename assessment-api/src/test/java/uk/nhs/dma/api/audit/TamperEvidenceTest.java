package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.TestDatabase;
import uk.nhs.dma.eventstore.audit.EventHash;

/** Edits made behind the service's back, straight in PostgreSQL, are found by the verification. */
class TamperEvidenceTest {

    private ConfigurableApplicationContext service;
    private JdbcTemplate jdbc;
    private Api admin;
    private String region;
    private String icb;
    private String trust;

    @BeforeEach
    void start() {
        TestDatabase.Connection db = TestDatabase.fresh();
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none",
                uk.nhs.dma.api.testing.TestKeys.PRIVATE_PROPERTY, uk.nhs.dma.api.testing.TestKeys.PUBLIC_PROPERTY)
                .run("--" + uk.nhs.dma.api.testing.TestUsers.PROPERTY);
        jdbc = service.getBean(JdbcTemplate.class);
        admin = Api.of(service.getEnvironment().getProperty("local.server.port", Integer.class), "admin");
        region = Fixtures.code("Y");
        icb = Fixtures.code("Q");
        trust = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01")));
        ok(admin.post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "FAST_FOLLOWER", "awardedOn", "2017-02-10")));
        ok(admin.post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2030-01-01")));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void an_untouched_log_verifies_and_each_event_chains_to_the_one_before() {
        JsonNode report = admin.get("/api/audit/verification").json();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("streams").asInt()).isEqualTo(3);
        assertThat(report.get("events").asInt()).isEqualTo(5);

        JsonNode stream = admin.get("/api/audit/streams/" + trust).json();
        assertThat(stream.get("aggregateType").asText()).isEqualTo("Organisation");
        JsonNode events = stream.get("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("metadata").get("previousHash").asText()).isEqualTo(EventHash.GENESIS);
        assertThat(events.get(1).get("metadata").get("previousHash").asText())
                .isEqualTo(events.get(0).get("metadata").get("hash").asText());
        assertThat(events.get(2).get("eventType").asText()).isEqualTo("OrganisationClosed");
        assertThat(events.get(0).get("metadata").get("user").asText()).isEqualTo("admin");
        assertThat(events.get(0).get("payload").get("name").asText()).isEqualTo("Organisation " + trust);
    }

    @Test
    void an_edited_payload_is_reported_at_its_stream_and_sequence() {
        byte[] payload = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 1", byte[].class, trust);
        String edited = new String(payload, StandardCharsets.UTF_8).replace("FAST_FOLLOWER", "GLOBAL_DIGITAL_EXEMPLAR");
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 1",
                edited.getBytes(StandardCharsets.UTF_8), trust);

        JsonNode report = admin.get("/api/audit/verification").json();

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(failures(report)).containsExactly(trust + "#1");
    }

    @Test
    void a_deleted_event_is_reported_in_the_middle_and_at_the_end() {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", trust);
        assertThat(failures(admin.get("/api/audit/verification").json())).contains(trust + "#1");

        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 0", icb);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", trust);
        List<String> failures = failures(admin.get("/api/audit/verification").json());
        assertThat(failures).contains(trust + "#1", icb + "#-");
    }

    @Test
    void a_payload_that_is_no_longer_json_is_reported_not_a_failure_of_the_verification() {
        jdbc.update("update domain_event_entry set payload = convert_to('x', 'UTF8') where aggregate_identifier = ?"
                + " and sequence_number = 1", trust);

        Api.Response report = admin.get("/api/audit/verification");

        assertThat(report.status()).isEqualTo(200);
        assertThat(failures(report.json())).containsExactly(trust + "#1");
        assertThat(admin.get("/api/audit/streams/" + trust).status()).isEqualTo(200);
    }

    @Test
    void an_event_appended_beyond_the_recorded_head_is_reported() {
        Map<String, Object> last = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 2", trust);
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload, meta_data) values (?, ?, 3, ?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID().toString(), trust, last.get("type"), last.get("time_stamp"),
                last.get("payload_type"), last.get("payload"), last.get("meta_data"));

        assertThat(failures(admin.get("/api/audit/verification").json())).contains(trust + "#3");
    }

    @Test
    void a_stream_cut_short_is_reported() {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", trust);

        assertThat(failures(admin.get("/api/audit/verification").json())).containsExactly(trust + "#2");
    }

    @Test
    void the_audit_stream_answers_csv_and_404_for_an_unknown_stream() {
        Api.Response csv = admin.header("Accept", "text/csv").get("/api/audit/streams/" + trust);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text().lines().toList()).hasSize(4);
        assertThat(csv.text().lines().findFirst().orElseThrow())
                .isEqualTo("sequence,globalPosition,eventType,recordedAt,user,correlationId,hash,previousHash,payload");
        assertThat(admin.get("/api/audit/streams/NOPE").status()).isEqualTo(404);
    }

    @Test
    void a_score_rewritten_with_a_consistent_hash_is_caught_by_recomputing_it_from_the_answers() {
        String id = ForgedSubmission.create(admin, jdbc, icb);

        JsonNode report = admin.get("/api/audit/verification").json();

        assertThat(failures(report)).containsExactly(id + "#3");
        assertThat(report.get("failures").get(0).get("reason").asText()).contains("scores differ");
    }

    @Test
    void a_rewritten_user_in_the_metadata_is_reported() {
        String meta = jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 1", String.class, trust);
        assertThat(meta).contains("\"user\":\"admin\"");
        jdbc.update("update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = 1",
                meta.replace("\"user\":\"admin\"", "\"user\":\"someone-else\"").getBytes(StandardCharsets.UTF_8),
                trust);

        assertThat(failures(admin.get("/api/audit/verification").json())).containsExactly(trust + "#1");
    }

    @Test
    void an_event_moved_in_time_is_reported() {
        String recorded = jdbc.queryForObject("select time_stamp from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 1", String.class, trust);
        String earlier = java.time.Instant.parse(recorded).minus(java.time.Duration.ofDays(400)).toString();
        jdbc.update("update domain_event_entry set time_stamp = ? where aggregate_identifier = ? and sequence_number = 1",
                earlier, trust);

        assertThat(failures(admin.get("/api/audit/verification").json())).containsExactly(trust + "#1");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    private static List<String> failures(JsonNode report) {
        return java.util.stream.StreamSupport.stream(report.get("failures").spliterator(), false)
                .map(f -> f.get("aggregateId").asText() + "#" + (f.get("sequence").isNull() ? "-" : f.get("sequence").asText()))
                .toList();
    }
}
