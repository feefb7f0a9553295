package uk.nhs.dma.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * Property-based fuzzing of every command endpoint over HTTP: generated and mutated bodies (see {@link Fuzz}).
 * Whatever comes in, the answer is never a 5xx, a rejection is an RFC 9457 problem, and a rejected request
 * stores no event. One service for the whole class, on a database of its own. Each property runs
 * {@code jqwik.tries.default} tries (750 in junit-platform.properties: 10,500 requests in all; a run may set fewer
 * with {@code -Djqwik.tries.default=…}).
 */
class FuzzedBodiesTest {

    private static final String YEAR = "2024";
    private static final String FRAMEWORK = "fuzz-2024";

    private static ConfigurableApplicationContext context;
    private static Api admin;
    private static JdbcTemplate jdbc;
    private static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();

    @BeforeContainer
    static void start() {
        TestDatabase.Connection database = TestDatabase.fresh();
        context = new SpringApplicationBuilder(AssessmentApplication.class)
                .properties("spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "server.port=0", "assessment.seed=none", "assessment.read-your-writes.timeout=1s",
                        "logging.level.uk.nhs.dma.api.ops.CommandLog=WARN")
                .run("--" + TestUsers.PROPERTY);
        admin = Api.of(context.getEnvironment().getProperty("local.server.port", Integer.class), "admin");
        jdbc = context.getBean(JdbcTemplate.class);
        created(admin.post("/api/organisations", Fixtures.organisation("ZR1", "REGION", null, "2020-01-01")));
        created(admin.post("/api/organisations", Fixtures.organisation("ZI1", "ICB", "ZR1", "2020-01-01")));
        created(admin.post("/api/organisations", Fixtures.organisation("ZI2", "ICB", "ZR1", "2020-01-01")));
        for (String trust : new String[] {"ZT1", "ZT2", "ZT3"}) {
            created(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", "ZI1", "2020-01-01")));
        }
        created(admin.post("/api/frameworks", Fixtures.framework(FRAMEWORK, 2024)));
        for (String trust : new String[] {"ZT2", "ZT3"}) {
            created(admin.post("/api/assessments", Map.of("odsCode", trust, "year", 2024, "frameworkId", FRAMEWORK)));
        }
        ok(admin.put("/api/assessments/ZT3-2024/answers", Fixtures.allAnswers(3)));
        ok(admin.put("/api/assessments/ZT3-2024/epr", Map.of("status", "LIVE", "liveSince", "2022-01-01")));
        ok(admin.post("/api/assessments/ZT3-2024/submission", null));
        created(admin.post("/api/targets", template(Endpoint.TARGETS)));
    }

    @AfterContainer
    static void stop() {
        int total = STATUSES.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.println("fuzz: " + total + " requests, by status " + new TreeMap<>(STATUSES));
        if (context != null) {
            context.close();
        }
    }

    @Provide
    Arbitrary<Fuzz> requests() {
        return FuzzArbitraries.requests();
    }

    @Property
    void registering_organisations(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.ORGANISATIONS, fuzz);
    }

    @Property
    void reassignments(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.REASSIGNMENT, fuzz);
    }

    @Property
    void closures(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.CLOSURE, fuzz);
    }

    @Property
    void programme_statuses(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.PROGRAMME_STATUS, fuzz);
    }

    @Property
    void frameworks(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.FRAMEWORKS, fuzz);
    }

    @Property
    void starting_assessments(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.ASSESSMENTS, fuzz);
    }

    @Property
    void answers(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.ANSWERS, fuzz);
    }

    @Property
    void epr_declarations(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.EPR, fuzz);
    }

    @Property
    void submissions(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.SUBMISSION, fuzz);
    }

    @Property
    void approvals(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.APPROVAL, fuzz);
    }

    @Property
    void returns(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.RETURN, fuzz);
    }

    @Property
    void reopenings(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.REOPENING, fuzz);
    }

    @Property
    void targets(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.TARGETS, fuzz);
    }

    @Property
    void target_revisions(@ForAll("requests") Fuzz fuzz) {
        check(Endpoint.REVISIONS, fuzz);
    }

    private static void check(Endpoint endpoint, Fuzz fuzz) {
        String path = endpoint.path(fuzz.pathId());
        byte[] body = fuzz.body(template(endpoint));
        Api caller = fuzz.ifMatch() == null ? admin : admin.header("If-Match", fuzz.ifMatch());
        long before = head();
        Api.Response response = caller.send(endpoint.method, path, body,
                fuzz.contentType() == null ? "application/json" : fuzz.contentType());
        STATUSES.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        String seen = endpoint.method + " " + path + " " + fuzz + " -> " + abbreviated(response.text());
        assertThat(response.status()).as(seen).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(head()).as("stored by a rejected request: " + seen).isEqualTo(before);
            assertThat(response.header("Content-Type")).as(seen).startsWith("application/problem+json");
            assertThat(response.json().path("rule").asText()).as(seen).isNotBlank();
        }
    }

    private static long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    static JsonNode template(Endpoint endpoint) {
        try {
            return Api.JSON.readTree(endpoint.template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
