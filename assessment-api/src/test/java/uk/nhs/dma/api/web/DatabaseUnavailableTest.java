package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.common.jdbc.JdbcException;
import org.junit.jupiter.api.Test;

/** Which failures are a lost database (503) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void a_connection_the_pool_closed_under_a_transaction_is_a_lost_database() {
        // what Axon threw in DatabaseRestartFaultTest after PostgreSQL restarted mid-command
        JdbcException failure = new JdbcException("Failed to create a SQL statement",
                new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
    }

    @Test
    void an_administrator_shutdown_is_a_lost_database() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
    }

    @Test
    void other_sql_failures_are_not() {
        assertThat(DatabaseUnavailable.causedBy(new JdbcException("x", new SQLException("syntax error", "42601"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed", "42000"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("boom"))).isFalse();
    }
}
