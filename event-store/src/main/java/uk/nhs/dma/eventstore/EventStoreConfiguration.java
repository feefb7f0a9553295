package uk.nhs.dma.eventstore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.eventstore.audit.HashChainingStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The JDBC event store and token store on PostgreSQL, with snake_case tables created by Flyway
 * (db/migration), and Jackson 2 for events (under their stable names, see {@link EventSerializer}), messages and
 * tokens.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** PostgreSQL reports a duplicate key only by SQL state; this is what turns it into a concurrency conflict. */
    public static final String UNIQUE_VIOLATION = "23505";

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return new EventSerializer(STORED_MESSAGES);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return serializer();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver resolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, EventSchema schema,
                                                 JdbcTemplate jdbc,
                                                 EventStoreSettings settings) {
        return new HashChainingStorageEngine(jdbcEngine(serializer, resolver, connectionProvider, transactionManager,
                schema, settings.maxGapOffset(), settings.gapTimeout()),
                serializer, jdbc);
    }

    /** How many events of one aggregate are read per query. */
    static final int AGGREGATE_BATCH = 100;

    /**
     * A gap (a position whose transaction has not committed yet) is kept until {@code maxGapOffset} later events
     * are stored, however long that takes: never dropped by age (see {@link GapSafeEventStorageEngine}).
     * An aggregate's events are read in ranges of {@link #AGGREGATE_BATCH} sequence numbers; a stream's sequence
     * numbers have no holes (each append takes the next, under a unique key), so a range that comes back short is
     * its end, and loading an aggregate takes one query, not Axon's default second one that finds nothing.
     */
    public static JdbcEventStorageEngine jdbcEngine(Serializer serializer, PersistenceExceptionResolver resolver,
                                             ConnectionProvider connectionProvider,
                                             TransactionManager transactionManager, EventSchema schema,
                                             int maxGapOffset, Duration gapTimeout) {
        return new GapSafeEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .persistenceExceptionResolver(resolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .batchSize(AGGREGATE_BATCH)
                .finalAggregateBatchPredicate(batch -> batch.size() < AGGREGATE_BATCH)
                .dataType(byte[].class)
                .gapTimeout((int) gapTimeout.toMillis())
                .gapCleaningThreshold(Integer.MAX_VALUE), maxGapOffset);
    }

    /**
     * Claims carry this instance's node id; a claim not renewed within the claim timeout (a stopped or killed
     * instance) may be taken by another instance.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema schema,
                                 NodeIdentity node, EventStoreSettings settings) {
        Duration claimTimeout = node.claimTimeout();
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(schema)
                .contentType(byte[].class)
                .nodeId(node.id())
                .claimTimeout(claimTimeout)
                .build();
    }

    /**
     * The one mapper for stored messages (Axon's serializer is on Jackson 2; HTTP has Spring's Jackson 3
     * {@code JsonMapper}): deterministic JSON with ISO dates and plain decimals, unknown fields tolerated on read.
     * Whatever reads stored payloads or metadata outside Axon reads them with this.
     */
    public static final ObjectMapper STORED_MESSAGES = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
}
