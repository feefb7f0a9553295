package uk.nhs.dma.api.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a lost database from a bug: a failure is the database being unreachable when anything in its cause chain
 * is a connection failure (Spring's, Hikari's, the JDBC driver's, or a PostgreSQL SQL state of class 08, or 57P01
 * to 57P03: shut down by the administrator, crashed, not accepting connections yet). Axon wraps these in its own
 * exceptions (JdbcException, EventStoreException, CommandExecutionException), so the whole chain is searched.
 * Such a request gets a 503 with Retry-After: nothing of it was committed (the transaction rolled back), and a
 * retry will succeed once the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a caller is asked to wait before retrying. */
    public static final String RETRY_AFTER = "5";
    public static final String RULE = "database-unavailable";
    public static final String DETAIL = "The database is unavailable; nothing was stored. Retry shortly.";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (lostConnection(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari closes a connection it has marked broken (after a 57P01 or 08 state on it) under the transaction
     * still using it, and the next statement fails with a plain "Connection is closed" and no SQL state.
     */
    static boolean closedByPool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}
