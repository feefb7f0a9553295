package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.eventstore.audit.HashChainingStorageEngine;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestKeys;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/**
 * Events are stored under their stable names; events stored before, under their Java class names, still load,
 * replay into the read models and verify, since their rows keep the name their hash covers.
 */
class StoredEventNamesTest {

    private ConfigurableApplicationContext service;
    private JdbcTemplate jdbc;
    private Api admin;
    private String region;

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
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void a_new_event_is_stored_under_its_name_and_hashed_with_it() {
        assertThat(storedTypes(region)).containsExactly("OrganisationRegistered");
        assertThat(verification().get("ok").asBoolean()).as(verification().toString()).isTrue();
    }

    @Test
    void an_event_stored_under_its_java_class_name_loads_replays_and_verifies() {
        String icb = Fixtures.code("Q");
        String other = Fixtures.code("Y");
        storeAsTheOldCodeDid(new OrganisationRegistered(OdsCode.of(icb), "Legacy ICB", OrganisationType.ICB,
                OdsCode.of(region), LocalDate.parse("2022-07-01")), typeOf(region));
        assertThat(storedTypes(icb)).containsExactly(OrganisationRegistered.class.getName());

        JsonNode read = admin.get("/api/organisations/" + icb).json();
        assertThat(read.get("name").asText()).isEqualTo("Legacy ICB");
        assertThat(read.get("parentCode").asText()).isEqualTo(region);

        ok(admin.post("/api/organisations", Fixtures.organisation(other, "REGION", null, null)));
        ok(admin.post("/api/organisations/" + icb + "/reassignment",
                Map.of("parentCode", other, "effectiveFrom", "2024-04-01")));
        assertThat(storedTypes(icb)).containsExactly(OrganisationRegistered.class.getName(), "OrganisationReassigned");
        JsonNode report = verification();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("events").asLong()).isEqualTo(4);

        replayAll();
        JsonNode replayed = admin.get("/api/organisations/" + icb + "?asOf=2024-05-01").json();
        assertThat(replayed.get("name").asText()).isEqualTo("Legacy ICB");
        assertThat(replayed.get("parentCode").asText()).isEqualTo(other);
        assertThat(admin.get("/api/organisations/" + icb + "?asOf=2024-01-01").json().get("parentCode").asText())
                .isEqualTo(region);
        assertThat(admin.get("/api/audit/streams/" + icb).json().get("events"))
                .extracting(e -> e.get("eventType").asText())
                .containsExactly("OrganisationRegistered", "OrganisationReassigned");
    }

    /** Appends through the hash-chaining engine with the serializer the service had before names: Java class names. */
    private void storeAsTheOldCodeDid(OrganisationRegistered registered, String aggregateType) {
        Serializer old = JacksonSerializer.builder().objectMapper(EventStoreConfiguration.STORED_MESSAGES).build();
        TransactionManager transactions = service.getBean(TransactionManager.class);
        EventStorageEngine engine = new HashChainingStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(old).eventSerializer(old)
                .persistenceExceptionResolver(service.getBean(PersistenceExceptionResolver.class))
                .connectionProvider(service.getBean(ConnectionProvider.class))
                .transactionManager(transactions)
                .schema(service.getBean(EventSchema.class))
                .dataType(byte[].class)
                .build(), old, jdbc);
        MetaData metaData = MetaData.with(MetaDataKeys.USER, "legacy-loader").and(MetaDataKeys.CORRELATION_ID, "legacy-1")
                .and(MetaDataKeys.REQUESTED_AT, "2026-11-01T09:00:00Z");
        transactions.executeInTransaction(() -> engine.appendEvents(List.of(new GenericDomainEventMessage<>(
                aggregateType, registered.odsCode().value(), 0, registered, metaData))));
    }

    private void replayAll() {
        Api.Response started = admin.post("/api/admin/replays", Map.of("processors", List.of("all")));
        assertThat(started.status()).isEqualTo(202);
        String replayId = started.json().get("replayId").asText();
        Api.Response done = Eventually.await(() -> admin.get("/api/admin/replays/" + replayId),
                r -> !"RUNNING".equals(r.json().get("status").asText()), Duration.ofMinutes(2));
        assertThat(done.json().get("status").asText()).isEqualTo("DONE");
    }

    private List<String> storedTypes(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, aggregateId);
    }

    private String typeOf(String aggregateId) {
        return jdbc.queryForObject("select type from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 0", String.class, aggregateId);
    }

    private JsonNode verification() {
        return admin.get("/api/audit/verification").json();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
