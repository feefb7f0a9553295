package uk.nhs.dma.api.seeds;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.api.config.SeedConfiguration.SeedStatus;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;

/** A whole service started on a database of its own with a seed mode, waited on until seeded and projected. */
final class SeededService implements AutoCloseable {

    final TestDatabase.Connection database;
    final ConfigurableApplicationContext context;

    private SeededService(TestDatabase.Connection database, ConfigurableApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    static SeededService start(TestDatabase.Connection database, String mode) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AssessmentApplication.class)
                .properties("spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "server.port=0",
                        "assessment.seed=" + mode)
                // a command-line argument outranks application.properties, which names no users file
                .run("--" + uk.nhs.dma.api.testing.TestUsers.PROPERTY);
        SeededService service = new SeededService(database, context);
        SeedStatus status = context.getBean(SeedStatus.class);
        Eventually.await(status::state, s -> s == SeedStatus.State.DONE || s == SeedStatus.State.FAILED,
                Duration.ofMinutes(10)); // a bound only: the demo seed takes minutes on a loaded 2-core machine
        if (status.state() != SeedStatus.State.DONE) {
            throw new AssertionError("seeding " + mode + " failed");
        }
        ProjectionStatus projections = context.getBean(ProjectionStatus.class);
        long head = projections.head();
        Eventually.await(() -> projections.reached(head), Boolean::booleanValue, Duration.ofMinutes(2));
        return service;
    }

    SeedStatus status() {
        return context.getBean(SeedStatus.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    long events() {
        Long count = jdbc().queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** Every stored payload, in global order, as its type and its exact bytes. */
    List<String> payloads() {
        return jdbc().query("select aggregate_identifier, sequence_number, payload_type, payload"
                        + " from domain_event_entry order by global_index",
                // The type as the code before stable names stored it (its class name), so the digest recorded
                // then still describes the same history.
                (rs, i) -> rs.getString(1) + "#" + rs.getLong(2) + " " + uk.nhs.dma.eventstore.EventSerializer.NAMES
                        .classOf(rs.getString(3)).map(Class::getName).orElse(rs.getString(3)) + " "
                        + new String(rs.getBytes(4), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Every stored event in global order with its exact payload, its user and its requestedAt; a requestedAt taken
     * from the real clock (not simulated) reads "now", so that runs compare.
     */
    List<String> events(java.time.Instant startedBefore) {
        return jdbc().query("select aggregate_identifier, sequence_number, payload_type, payload,"
                        + " convert_from(meta_data, 'UTF8')::jsonb->>'user',"
                        + " convert_from(meta_data, 'UTF8')::jsonb->>'requestedAt'"
                        + " from domain_event_entry order by global_index",
                // The type as the code before stable names stored it (its class name), so the digest recorded
                // then still describes the same history.
                (rs, i) -> rs.getString(1) + "#" + rs.getLong(2) + " " + uk.nhs.dma.eventstore.EventSerializer.NAMES
                        .classOf(rs.getString(3)).map(Class::getName).orElse(rs.getString(3)) + " "
                        + new String(rs.getBytes(4), java.nio.charset.StandardCharsets.UTF_8) + " " + rs.getString(5)
                        + " " + (java.time.Instant.parse(rs.getString(6)).isAfter(startedBefore) ? "now"
                        : rs.getString(6)));
    }

    @Override
    public void close() {
        context.close();
    }
}
