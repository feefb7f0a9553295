package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestKeys;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.api.web.Browser;
import uk.nhs.dma.eventstore.audit.StreamVerification;
import uk.nhs.dma.eventstore.audit.Verification;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * The audit timeline verifies its own stream (reading that stream only), and finds in it exactly what the whole
 * log's verification finds there, whatever was edited behind the service's back.
 */
class StreamVerificationTest {

    private static ConfigurableApplicationContext service;
    private static JdbcTemplate jdbc;
    private static Api admin;
    private static int port;
    private static String icb;

    @BeforeAll
    static void start() {
        TestDatabase.Connection db = TestDatabase.fresh();
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none",
                TestKeys.PRIVATE_PROPERTY, TestKeys.PUBLIC_PROPERTY).run("--" + TestUsers.PROPERTY);
        jdbc = service.getBean(JdbcTemplate.class);
        port = service.getEnvironment().getProperty("local.server.port", Integer.class);
        admin = Api.of(port, "admin");
        String region = Fixtures.code("Y");
        icb = Fixtures.code("Q");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void each_stream_shows_what_the_whole_verification_finds_in_it_and_nothing_of_the_others() {
        String edited = trust();
        String gap = trust();
        String cut = trust();
        String beyond = trust();
        String untouched = trust();
        String forged = ForgedSubmission.create(admin, jdbc, icb);
        byte[] payload = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 1", byte[].class, edited);
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 1",
                new String(payload, StandardCharsets.UTF_8).replace("FAST_FOLLOWER", "GLOBAL_DIGITAL_EXEMPLAR")
                        .getBytes(StandardCharsets.UTF_8), edited);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", gap);
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", cut);
        Map<String, Object> last = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 2", beyond);
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload, meta_data) values (?, ?, 3, ?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID().toString(), beyond, last.get("type"), last.get("time_stamp"),
                last.get("payload_type"), last.get("payload"), last.get("meta_data"));

        List<Verification.Failure> whole = service.getBean(Verification.class).verify(List.of()).orElseThrow().failures();
        StreamVerification streams = service.getBean(StreamVerification.class);
        for (String id : List.of(edited, gap, cut, beyond, untouched, forged, icb)) {
            assertThat(streams.verify(id)).as(id)
                    .isEqualTo(whole.stream().filter(f -> id.equals(f.aggregateId())).toList());
        }
        assertThat(streams.verify(edited)).extracting(Verification.Failure::sequence).containsExactly(1L);
        assertThat(streams.verify(gap)).extracting(Verification.Failure::sequence).contains(1L);
        assertThat(streams.verify(cut)).extracting(Verification.Failure::sequence).containsExactly(2L);
        assertThat(streams.verify(beyond)).extracting(Verification.Failure::sequence).contains(3L).containsOnly(3L);
        assertThat(streams.verify(forged)).extracting(Verification.Failure::reason).singleElement().asString()
                .contains("scores differ");
        assertThat(streams.verify(untouched)).isEmpty();
    }

    @Test
    void a_timeline_answers_with_its_own_stream_verified_when_a_checkpoint_of_the_whole_log_fails() {
        String kept = trust();
        String removed = trust();
        ok(admin.post("/api/audit/checkpoints", null));
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", removed);
        jdbc.update("delete from audit_stream_head where aggregate_identifier = ?", removed);
        assertThat(admin.get("/api/audit/verification").json().get("ok").asBoolean()).isFalse();

        Browser browser = Browser.open(port);
        try {
            browser.signIn("auditor", TestUsers.password("auditor"));
            browser.go("/audit/streams/" + kept);
            assertThat(browser.heading()).isEqualTo(kept);
            assertThat(browser.text()).contains("Chain verified").contains("Every one of the 3 events");
        } finally {
            browser.close();
        }
    }

    /** A trust with three events: registered, awarded a programme status, closed. */
    private static String trust() {
        String trust = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01")));
        ok(admin.post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "FAST_FOLLOWER", "awardedOn", "2017-02-10")));
        ok(admin.post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2030-01-01")));
        return trust;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
