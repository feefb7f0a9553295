package uk.nhs.dma.projections.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for this test run: on the server named by ASSESSMENT_TEST_JDBC_URL (with
 * ASSESSMENT_TEST_JDBC_USERNAME / ASSESSMENT_TEST_JDBC_PASSWORD) when set, otherwise on an embedded server
 * started for the run. Never a mock, never H2, and never a database an earlier run left behind.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {
    }

    private static Connection instance;
    private static Connection server;

    private TestDatabase() {
    }

    /** The run's shared database. */
    public static synchronized Connection get() {
        if (instance == null) {
            instance = fresh();
        }
        return instance;
    }

    /** Another new, empty database on the same server, for a test that needs a store of its own. */
    public static synchronized Connection fresh() {
        Connection admin = server();
        String name = "dma_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createDatabase(admin.url(), admin.username(), admin.password(), name);
        return new Connection(withDatabase(admin.url(), name), admin.username(), admin.password());
    }

    private static Connection server() {
        if (server != null) {
            return server;
        }
        String external = System.getenv("ASSESSMENT_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            server = new Connection(external, envOr("ASSESSMENT_TEST_JDBC_USERNAME", "postgres"),
                    envOr("ASSESSMENT_TEST_JDBC_PASSWORD", ""));
            return server;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            server = new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(String url, String user, String password, String name) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password);
             Statement statement = c.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + url, e);
        }
    }

    /** jdbc:postgresql://host:5432/postgres?x=y -> the same server and options, another database. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String options = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + options;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
