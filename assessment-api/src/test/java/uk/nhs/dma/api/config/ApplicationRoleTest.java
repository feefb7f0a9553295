package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * An external PostgreSQL with two roles, as the README asks for production: Flyway migrates as the owner
 * (spring.flyway.user), the service runs as the application role (spring.datasource.username), named to the
 * migrations by a placeholder. The service works normally as that role, commands, queries, idempotency and a
 * replay included, and that role can neither rewrite nor remove an event, nor move a stream's head back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationRoleTest {

    private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String OWNER = "dma_owner_" + SUFFIX;
    private static final String APPLICATION = "dma_app_" + SUFFIX;
    private static final String DATABASE = "dma_roles_" + SUFFIX;

    int port;
    JdbcTemplate jdbc;
    private ConfigurableApplicationContext service;

    @BeforeAll
    void start() throws SQLException {
        TestDatabase.Connection admin = TestDatabase.fresh();
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.username(), admin.password());
             Statement sql = connection.createStatement()) {
            sql.execute("create role " + OWNER + " login password 'owner-" + SUFFIX + "'");
            sql.execute("create role " + APPLICATION + " login password 'app-" + SUFFIX + "'");
            sql.execute("create database " + DATABASE + " owner " + OWNER);
        }
        String url = withoutUser(admin.url()).replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        service = new SpringApplicationBuilder(AssessmentApplication.class).run("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + APPLICATION, "--spring.datasource.password=app-" + SUFFIX,
                "--spring.flyway.user=" + OWNER, "--spring.flyway.password=owner-" + SUFFIX,
                "--spring.flyway.placeholders.application-role=" + APPLICATION, "--server.port=0",
                "--assessment.seed=none", "--" + TestUsers.PROPERTY);
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        jdbc = service.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    /** The embedded test server's URL names its superuser (?user=postgres), which would win over ours. */
    private static String withoutUser(String url) {
        return url.replaceAll("([?&])user=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }

    @Test
    void the_service_works_as_the_application_role() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(APPLICATION);
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'domain_event_entry'",
                String.class)).isEqualTo(OWNER);

        Api admin = Api.of(port, "admin");
        String region = Fixtures.code("Y");
        String otherRegion = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(otherRegion, "REGION", null, null)));
        ok(admin.header("Idempotency-Key", "roles-" + SUFFIX)
                .post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin.post("/api/organisations/" + icb + "/reassignment",
                Map.of("parentCode", otherRegion, "effectiveFrom", "2023-04-01")));
        Eventually.await(() -> admin.get("/api/organisations/" + icb).status(), s -> s == 200, Duration.ofSeconds(30));
        assertThat(admin.get("/api/audit/verification").json().get("ok").asBoolean()).isTrue();

        Api.Response started = admin.post("/api/admin/replays", Map.of("processors", List.of("all")));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String replay = started.json().get("replayId").asText();
        Api.Response done = Eventually.await(() -> admin.get("/api/admin/replays/" + replay),
                r -> !"RUNNING".equals(r.json().get("status").asText()), Duration.ofMinutes(2));
        assertThat(done.json().get("status").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(admin.get("/api/organisations/" + icb).status()).isEqualTo(200);
    }

    @Test
    void the_application_role_may_not_rewrite_or_remove_events_or_move_a_head_back() {
        Api admin = Api.of(port, "admin");
        String region = Fixtures.code("Y");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations/" + region + "/closure", Map.of("closedOn", "2024-01-01")));

        denied("update domain_event_entry set payload = payload where aggregate_identifier = '" + region + "'");
        denied("delete from domain_event_entry where aggregate_identifier = '" + region + "'");
        denied("truncate domain_event_entry");
        denied("delete from audit_stream_head where aggregate_identifier = '" + region + "'");
        denied("update audit_stream_head set last_sequence = 0 where aggregate_identifier = '" + region + "'");
        denied("update audit_stream_head set aggregate_identifier = 'X' where aggregate_identifier = '" + region + "'");
        denied("delete from flyway_schema_history");
        denied("create table intruder (id int)");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, region)).isEqualTo(2);
    }

    private void denied(String statement) {
        assertThatThrownBy(() -> jdbc.execute(statement)).as(statement).isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((SQLException) ((DataAccessException) e).getMostSpecificCause())
                        .getSQLState()).as(statement).isEqualTo("42501"));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
