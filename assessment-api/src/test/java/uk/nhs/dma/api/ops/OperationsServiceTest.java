package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.api.config.SeedConfiguration.SeedStatus;
import uk.nhs.dma.embedded.EmbeddedDatabase;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * A service of its own, as `java -jar` runs it by default: the embedded PostgreSQL in a new data directory,
 * seeded with the reference data, with a scrape token. It shows readiness waiting for the seed, the scrape token,
 * the read-side gauges, that every metric of the Grafana dashboard exists, and, last, a graceful shutdown:
 * processors release their token claims and the embedded database stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsServiceTest {

    private static final String TOKEN = "ops-test-scrape-token";

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private int port;
    private int databasePort;

    @BeforeAll
    void start() throws IOException {
        dataDir = Files.createTempDirectory("dma-ops-test");
        // Arguments, not default properties: they must win over application.properties.
        context = new SpringApplicationBuilder(AssessmentApplication.class).run(
                "--assessment.data-dir=" + dataDir,
                "--server.port=0",
                "--assessment.seed=reference",
                "--assessment.metrics.scrape-token=" + TOKEN,
                "--assessment.metrics.targets=epr-coverage,foundational-capability,no-such-target",
                // An empty structured format is the plain one (what docker-compose.yml passes by default).
                "--logging.structured.format.console=");
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        databasePort = context.getBean(EmbeddedPostgres.class).getPort();
    }

    @AfterAll
    void cleanUp() throws IOException {
        if (context != null && context.isActive()) {
            context.close();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Api admin() {
        return Api.of(port, "admin");
    }

    @Test
    @Order(1)
    void readiness_waits_for_the_seed_while_liveness_and_the_root_health_do_not() {
        SeedStatus seeds = context.getBean(SeedStatus.class);
        SeedStatus.State before = seeds.state();
        int readiness = admin().get("/actuator/health/readiness").status();
        SeedStatus.State after = seeds.state();
        if (readiness == 200) {
            assertThat(after).isEqualTo(SeedStatus.State.DONE);
        } else {
            assertThat(readiness).isEqualTo(503);
            assertThat(before).isNotEqualTo(SeedStatus.State.DONE);
        }
        assertThat(admin().get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(admin().get("/actuator/health").status()).isEqualTo(200);

        Eventually.await(seeds::state, s -> s == SeedStatus.State.DONE || s == SeedStatus.State.FAILED,
                Duration.ofMinutes(2));
        assertThat(seeds.state()).isEqualTo(SeedStatus.State.DONE);
        Api.Response ready = admin().get("/actuator/health/readiness");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().at("/components/seeds/details/mode").asText()).isEqualTo("reference");
    }

    @Test
    @Order(2)
    void the_scrape_token_opens_the_metrics_and_nothing_else() {
        assertThat(Scrape.get(port, "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(Scrape.get(port, "bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(Scrape.get(port, "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, null).statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, "/api/targets", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(Scrape.get(port, "/actuator/metrics", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void the_national_target_percentages_and_the_seed_load_are_gauges() {
        ProjectionStatus projections = context.getBean(ProjectionStatus.class);
        long head = projections.head();
        Eventually.await(() -> projections.reached(head), Boolean::booleanValue, Duration.ofMinutes(1));
        assertThat(context.getBean(OperationalMetrics.class).refresh()).isTrue();
        String text = Scrape.get(port, "Bearer " + TOKEN).body();

        Double epr = Scrape.value(text, "dma_target_percent", "target=\"epr-coverage\"", "scope=\"NATIONAL\"");
        Double foundational = Scrape.value(text, "dma_target_percent", "target=\"foundational-capability\"");
        assertThat(epr).isNotNull().isBetween(0.0, 100.0);
        assertThat(foundational).isNotNull().isBetween(0.0, 100.0);
        assertThat(Scrape.value(text, "dma_target_percent", "target=\"no-such-target\"")).isNull();
        assertThat(Scrape.value(text, "dma_seed_loaded", "mode=\"reference\"")).isEqualTo(1.0);
        Double seconds = Scrape.value(text, "dma_seed_duration_seconds", "mode=\"reference\"");
        assertThat(seconds).isNotNull().isGreaterThan(0.0);
        assertThat(Scrape.value(text, "dma_seed_duration_seconds", "mode=\"reference\"")).isEqualTo(seconds);
    }

    @Test
    @Order(4)
    void every_metric_the_grafana_dashboard_queries_is_exposed() throws IOException {
        // A rejection, and a submitted assessment of a real trust, so that every series exists.
        admin().post("/api/organisations", Fixtures.organisation(Fixtures.code("T"), "ACUTE", null, null));
        Api submitter = Api.of(port, "rj1-submitter");
        assertThat(submitter.post("/api/assessments", Map.of("odsCode", "RJ1", "year", 2024,
                "frameworkId", "wgll-2024")).status()).isEqualTo(201);
        List<Map<String, Object>> answers = new ArrayList<>();
        admin().get("/api/frameworks/wgll-2024").json().get("questions")
                .forEach(q -> answers.add(Map.of("questionId", q.get("id").asText(), "score", 3)));
        assertThat(submitter.put("/api/assessments/RJ1-2024/answers", Map.of("answers", answers)).status())
                .isEqualTo(200);
        assertThat(submitter.put("/api/assessments/RJ1-2024/epr", Map.of("status", "LIVE", "liveSince", "2021-05-01"))
                .status()).isEqualTo(200);
        Api.Response submitted = submitter.post("/api/assessments/RJ1-2024/submission", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(admin().header("X-Min-Position", submitted.header("X-Event-Position"))
                .get("/api/assessments/RJ1-2024").status()).isEqualTo(200);
        context.getBean(OperationalMetrics.class).refresh();
        Set<String> exposed = Scrape.names(Scrape.get(port, "Bearer " + TOKEN).body());

        Set<String> missing = new TreeSet<>();
        for (String query : ComposeFileTest.dashboardQueries()) {
            List<String> names = metricNames(query);
            assertThat(names).as(query).isNotEmpty();
            names.stream().filter(n -> !exposed.contains(n)).forEach(missing::add);
        }
        assertThat(missing).as("dashboard metrics the service does not expose").isEmpty();
    }

    private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "on", "ignoring",
            "group_left", "group_right");

    /** The metric names in a PromQL query: identifiers outside strings, matchers, ranges and groupings. */
    static List<String> metricNames(String query) {
        String bare = query.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without)\\s*\\([^)]*\\)", "");
        List<String> names = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    @Order(99)
    void on_shutdown_processors_release_their_claims_after_the_web_server_and_the_database_stops()
            throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Eventually.await(() -> jdbc.queryForObject("select count(*) from token_entry where owner is not null",
                Integer.class), claimed -> claimed != null && claimed > 0, Duration.ofSeconds(10));
        // Stopping order: the web server drains in-flight requests before Axon stops the processors.
        Map<String, SmartLifecycle> lifecycles = context.getBeansOfType(SmartLifecycle.class);
        int drain = lifecycles.values().stream().filter(l -> l.getClass().getSimpleName().contains("GracefulShutdown"))
                .mapToInt(SmartLifecycle::getPhase).min().orElseThrow();
        int axon = lifecycles.values().stream()
                .filter(l -> l.getClass().getName().startsWith("org.axonframework.spring.config"))
                .mapToInt(SmartLifecycle::getPhase).max().orElseThrow();
        assertThat(drain).as("stopped first: higher phase").isGreaterThan(axon);

        context.close();

        assertThatThrownBy(() -> new Socket("localhost", databasePort).close()).isInstanceOf(ConnectException.class);
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(dataDir, 0);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE,
                     postgres.passwords().owner());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select processor_name, segment, owner from token_entry")) {
            int tokens = 0;
            while (rows.next()) {
                tokens++;
                assertThat(rows.getString("owner")).as(rows.getString("processor_name") + "/" + rows.getInt("segment"))
                        .isNull();
            }
            assertThat(tokens).isEqualTo(8);
        }
    }
}
