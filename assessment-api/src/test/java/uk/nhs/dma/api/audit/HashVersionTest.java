package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestKeys;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.TestDatabase;
import uk.nhs.dma.eventstore.audit.EventHash;

/** Events hashed by version 1 (before metadata and time were covered) still verify; none may be added later. */
class HashVersionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigurableApplicationContext service;
    private JdbcTemplate jdbc;
    private Api admin;
    private String region;
    private String icb;

    @BeforeEach
    void start() {
        TestDatabase.Connection db = TestDatabase.fresh();
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none",
                TestKeys.PRIVATE_PROPERTY, TestKeys.PUBLIC_PROPERTY).run("--" + TestUsers.PROPERTY);
        jdbc = service.getBean(JdbcTemplate.class);
        admin = Api.of(service.getEnvironment().getProperty("local.server.port", Integer.class), "admin");
        region = Fixtures.code("Y");
        icb = Fixtures.code("Q");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void a_store_hashed_by_version_1_still_verifies_and_its_chains_go_on_under_version_2() throws Exception {
        rehashAsVersion1(region);
        rehashAsVersion1(icb);
        assertThat(report().get("ok").asBoolean()).as(report().toString()).isTrue();

        String other = Fixtures.code("Y");
        ok(admin.post("/api/organisations", Fixtures.organisation(other, "REGION", null, null)));
        ok(admin.post("/api/organisations/" + icb + "/reassignment",
                Map.of("parentCode", other, "effectiveFrom", "2024-04-01")));

        JsonNode report = report();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        Map<String, Object> first = metadata(icb, 0);
        Map<String, Object> second = metadata(icb, 1);
        assertThat(first).doesNotContainKey(EventHash.VERSION);
        assertThat(second).containsEntry(EventHash.VERSION, 2).containsEntry(EventHash.PREVIOUS_HASH, first.get("hash"));
    }

    @Test
    void an_event_rehashed_by_version_1_after_version_2_was_in_use_is_reported() throws Exception {
        rehashAsVersion1(icb);

        JsonNode report = report();

        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("failures").get(0).get("aggregateId").asText()).isEqualTo(icb);
        assertThat(report.get("failures").get(0).get("reason").asText()).contains("version 1");
    }

    /** What a store written before version 2 holds: no hashVersion, and version 1 hashes chained. */
    private void rehashAsVersion1(String aggregateId) throws Exception {
        String previous = EventHash.GENESIS;
        List<Map<String, Object>> rows = jdbc.queryForList("select * from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number", aggregateId);
        for (Map<String, Object> row : rows) {
            long sequence = (Long) row.get("sequence_number");
            Map<String, Object> meta = new LinkedHashMap<>(metadata(aggregateId, sequence));
            meta.remove(EventHash.VERSION);
            String hash = EventHash.of(previous, aggregateId, sequence, (String) row.get("payload_type"),
                    (byte[]) row.get("payload"));
            meta.put(EventHash.PREVIOUS_HASH, previous);
            meta.put(EventHash.HASH, hash);
            jdbc.update("update domain_event_entry set meta_data = ? where aggregate_identifier = ?"
                    + " and sequence_number = ?", JSON.writeValueAsBytes(meta), aggregateId, sequence);
            previous = hash;
        }
        jdbc.update("update audit_stream_head set last_hash = ? where aggregate_identifier = ?", previous, aggregateId);
    }

    /** The stored row as version 2 hashes it, with another payload. */
    static EventHash.Row row(Map<String, Object> row, byte[] payload) {
        return new EventHash.Row((String) row.get("aggregate_identifier"), (Long) row.get("sequence_number"),
                (String) row.get("event_identifier"), (String) row.get("type"), (String) row.get("payload_type"),
                (String) row.get("payload_revision"), (String) row.get("time_stamp"), (byte[]) row.get("meta_data"),
                payload);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> metadata(String aggregateId, long sequence) {
        byte[] bytes = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", byte[].class, aggregateId, sequence);
        try {
            return JSON.readValue(bytes, Map.class);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode report() {
        return admin.get("/api/audit/verification").json();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
