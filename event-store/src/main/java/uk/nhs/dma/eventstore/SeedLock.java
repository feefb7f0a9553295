package uk.nhs.dma.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeding under a PostgreSQL session advisory lock: instances starting together on one database seed one after
 * another, and the later ones find everything stored (the loader skips what is there). The lock lives on a
 * connection of its own, so a killed instance's lock goes with its session.
 */
public final class SeedLock {

    private static final Logger log = LoggerFactory.getLogger(SeedLock.class);
    /** Any fixed number all instances agree on: "dma-seed" in ASCII. */
    static final long KEY = 0x646d612d73656564L;

    private SeedLock() {
    }

    public static <T> T holding(DataSource dataSource, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?)")) {
                log.info("Another instance is seeding this database; waiting for it to finish");
                call(connection, "select pg_advisory_lock(?) is null");
            }
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the seed lock: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
