package uk.nhs.dma.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * A transaction that takes a global position and commits long after later events were read (past Axon's gap
 * timeout, with more gaps in the token than Axon's cleaning threshold) still has its event read: the engine as
 * configured keeps gaps until {@code maxGapOffset} later events are stored, whatever their age. With Axon's
 * defaults the held event is skipped for good: no gap is recorded below an event older than the timeout, and
 * beyond 250 gaps those older than the timeout are cleaned away.
 */
class HeldTransactionGapTest {

    /** Far shorter than the time the transaction is held: every event read is older than the timeout. */
    private static final Duration GAP_TIMEOUT = Duration.ofMillis(1);

    @Test
    void an_event_committed_after_the_gap_timeout_is_still_read() throws Exception {
        PGSimpleDataSource dataSource = dataSource(TestDatabase.fresh());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(Map.of("application-role", "")).load().migrate();
        EventSerializer serializer = new EventSerializer(EventStoreConfiguration.STORED_MESSAGES);
        EventStorageEngine engine = EventStoreConfiguration.jdbcEngine(serializer,
                new SQLStateResolver(EventStoreConfiguration.UNIQUE_VIOLATION),
                new DataSourceConnectionProvider(dataSource), NoTransactionManager.INSTANCE,
                new EventStoreConfiguration().eventSchema(), 10_000, GAP_TIMEOUT);

        engine.appendEvents(event("first"));
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            long heldPosition = insertRaw(held, "held");
            burnPositions(dataSource, 300); // rolled-back positions: gaps that never fill, past Axon's threshold
            engine.appendEvents(event("after"));

            List<String> read = new ArrayList<>();
            TrackingToken token = readAll(engine, null, read);
            assertThat(read).containsExactly("first", "after");
            assertThat(token.position().orElseThrow()).isGreaterThan(heldPosition);
            token = readAll(engine, token, read); // the gap is now older than the timeout
            held.commit();

            token = readAll(engine, token, read);
            assertThat(read).as("the event of the transaction that committed late").containsExactly("first", "after",
                    "held");
        }
    }

    private static TrackingToken readAll(EventStorageEngine engine, TrackingToken from, List<String> read) {
        TrackingToken token = from;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(from, false)) {
            for (TrackedEventMessage<?> event : events.toList()) {
                read.add(((DomainEventMessage<?>) event).getAggregateIdentifier());
                token = event.trackingToken();
            }
        }
        return token;
    }

    private static DomainEventMessage<String> event(String aggregate) {
        return new GenericDomainEventMessage<>("Test", aggregate, 0, "payload of " + aggregate);
    }

    /** An event row inserted in the open transaction, the way any appending instance would. */
    private static long insertRaw(Connection connection, String aggregate) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry"
                + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                + " payload, meta_data) values (?, ?, 0, 'Test', ?, 'java.lang.String', ?, ?) returning global_index")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setString(3, Instant.now().toString());
            insert.setBytes(4, "\"held\"".getBytes(StandardCharsets.UTF_8));
            insert.setBytes(5, "{}".getBytes(StandardCharsets.UTF_8));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void burnPositions(PGSimpleDataSource dataSource, int count) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement burn = c.prepareStatement(
                "select nextval('domain_event_entry_global_index_seq') from generate_series(1, ?)")) {
            burn.setInt(1, count);
            burn.executeQuery().close();
        }
    }

    private static PGSimpleDataSource dataSource(TestDatabase.Connection database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.url());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        return dataSource;
    }
}
