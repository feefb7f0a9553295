package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import uk.nhs.dma.eventstore.AppendedPositions;
import uk.nhs.dma.eventstore.EventSerializer;
import uk.nhs.dma.eventstore.EventStoreConfiguration;
import uk.nhs.dma.eventstore.audit.EventHash;
import uk.nhs.dma.eventstore.audit.HashChainingStorageEngine;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * The statements the event store sends per command, counted on the connection: loading an aggregate asks for no
 * snapshot (none is ever stored), and an append reads and writes the heads of all its streams in one statement
 * each, however many streams it touches, and the head statement reads back the positions the append took; the
 * chain stays whole.
 */
class AppendRoundTripsTest {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private HashChainingStorageEngine engine;
    private JdbcTemplate jdbc;

    @BeforeEach
    void store() {
        TestDatabase.Connection db = TestDatabase.fresh();
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(db.url());
        plain.setUser(db.username());
        plain.setPassword(db.password());
        Flyway.configure().dataSource(plain).locations("classpath:db/migration")
                .placeholders(Map.of("application-role", "")).load().migrate();
        DelegatingDataSource counted = new DelegatingDataSource(plain) {
            @Override
            public Connection getConnection() throws SQLException {
                return counting(super.getConnection());
            }
        };
        EventSerializer serializer = new EventSerializer(EventStoreConfiguration.STORED_MESSAGES);
        jdbc = new JdbcTemplate(counted);
        engine = new HashChainingStorageEngine(EventStoreConfiguration.jdbcEngine(serializer,
                new SQLStateResolver(EventStoreConfiguration.UNIQUE_VIOLATION), new DataSourceConnectionProvider(counted),
                NoTransactionManager.INSTANCE, new EventStoreConfiguration().eventSchema(), 10_000,
                java.time.Duration.ofSeconds(60)), serializer, jdbc);
    }

    @Test
    void loading_an_aggregate_reads_its_events_and_no_snapshot() {
        engine.appendEvents(List.of(event("A", 0)));
        statements.clear();
        assertThat(engine.readEvents("A", 0).asStream().count()).isEqualTo(1);
        assertThat(engine.readSnapshot("A")).isEmpty();
        assertThat(statements).hasSize(1).allMatch(sql -> sql.contains("domain_event_entry"));
    }

    @Test
    void an_append_to_three_streams_reads_and_writes_their_heads_once_and_chains_them() {
        engine.appendEvents(List.of(event("A", 0), event("B", 0)));
        statements.clear();
        engine.appendEvents(List.of(event("A", 1), event("B", 1), event("C", 0), event("A", 2)));

        assertThat(statements.stream().filter(sql -> sql.contains("audit_stream_head"))).hasSize(2);
        assertThat(statements).hasSize(3); // heads read, events inserted (one batch), heads written
        assertThat(jdbc.queryForList("select aggregate_identifier || '#' || last_sequence from audit_stream_head"
                + " order by 1", String.class)).containsExactly("A#2", "B#1", "C#0");
        for (String stream : List.of("A", "B", "C")) {
            String previous = EventHash.GENESIS;
            for (DomainEventMessage<?> event : engine.readEvents(stream, 0).asStream().toList()) {
                assertThat(event.getMetaData().get(EventHash.PREVIOUS_HASH)).as(stream).isEqualTo(previous);
                previous = (String) event.getMetaData().get(EventHash.HASH);
            }
            assertThat(jdbc.queryForObject("select last_hash from audit_stream_head where aggregate_identifier = ?",
                    String.class, stream)).isEqualTo(previous);
        }
    }

    @Test
    void an_append_reads_back_the_global_positions_it_took_in_its_head_statement() {
        engine.appendEvents(List.of(event("A", 0)));
        statements.clear();
        engine.appendEvents(List.of(event("A", 1), event("B", 0), event("A", 2)));

        assertThat(statements).hasSize(3); // no statement more for the positions
        for (String event : List.of("A#0", "A#1", "B#0", "A#2")) {
            String stream = event.substring(0, 1);
            long sequence = Long.parseLong(event.substring(2));
            Long stored = jdbc.queryForObject("select global_index from domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = ?", Long.class, stream, sequence);
            // only the latest append's events are kept, each with the position it took
            assertThat(AppendedPositions.of(stream, sequence)).as(event)
                    .isEqualTo(event.equals("A#0") ? java.util.Optional.empty() : java.util.Optional.of(stored));
        }
        AppendedPositions.clear();
        assertThat(AppendedPositions.of("B", 0)).isEmpty();
    }

    /** A payload of the test's own (events are JSON objects). */
    record Note(String text) {
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new Note(aggregate + "#" + sequence),
                Map.of("user", "test"));
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.add(args == null || args.length == 0 ? "" : String.valueOf(args[0]));
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
