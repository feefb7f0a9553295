package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dma.eventstore.audit.HashChainingStorageEngine;
import uk.nhs.dma.api.testing.ApiTest;

/** The known pitfalls of Axon 4.13 on Spring Boot 4, each pinned by an assertion. */
class AxonWiringTest extends ApiTest {

    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    PersistenceExceptionResolver exceptionResolver;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void axon_uses_springs_transaction_manager_not_a_no_op() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void events_are_hash_chained_into_the_jdbc_engines_snake_case_tables() {
        assertThat(storageEngine).isInstanceOf(HashChainingStorageEngine.class);
        Integer tables = jdbc.queryForObject("""
                select count(*) from information_schema.tables
                where table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry')""", Integer.class);
        assertThat(tables).isEqualTo(3);
        String globalIndexDefault = jdbc.queryForObject("""
                select column_default from information_schema.columns
                where table_name = 'domain_event_entry' and column_name = 'global_index'""", String.class);
        assertThat(globalIndexDefault).startsWith("nextval(");
    }

    @Test
    void a_postgresql_duplicate_key_is_a_concurrency_conflict() {
        java.sql.SQLException duplicate = new java.sql.SQLException("duplicate key", "23505");
        assertThat(exceptionResolver.isDuplicateKeyViolation(new RuntimeException(duplicate))).isTrue();
        assertThat(exceptionResolver.isDuplicateKeyViolation(
                new RuntimeException(new java.sql.SQLException("syntax", "42601")))).isFalse();
    }

    @Test
    void every_projection_runs_in_its_own_named_pooled_streaming_processor() {
        for (String name : new String[] {"organisations", "frameworks", "targets", "assessments"}) {
            assertThat(processing.eventProcessor(name, PooledStreamingEventProcessor.class))
                    .as("processor %s", name).isPresent();
        }
    }
}
