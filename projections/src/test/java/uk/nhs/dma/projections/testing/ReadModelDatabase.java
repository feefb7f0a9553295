package uk.nhs.dma.projections.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A new, empty PostgreSQL database with the read-model migration applied, for projection tests. */
public final class ReadModelDatabase {

    /**
     * Each database is reached through one connection kept open (a DriverManagerDataSource that does not
     * reconnect for every statement). Tests run one at a time and a test's database is finished with once the
     * next few have been created, so only the most recent stay connected and the server's connection limit is
     * never reached however many tests there are.
     */
    private static final int KEEP_CONNECTED = 8;
    private static final Deque<SingleConnectionDataSource> OPEN = new ArrayDeque<>();

    private ReadModelDatabase() {
    }

    public static synchronized NamedParameterJdbcTemplate fresh() {
        TestDatabase.Connection connection = TestDatabase.fresh();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection.url(), connection.username(),
                connection.password(), true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        OPEN.addLast(dataSource);
        while (OPEN.size() > KEEP_CONNECTED) {
            OPEN.removeFirst().destroy();
        }
        return new NamedParameterJdbcTemplate(dataSource);
    }

    /** How many rows a read-model table holds. */
    public static int rows(NamedParameterJdbcTemplate jdbc, String table) {
        Integer count = jdbc.getJdbcTemplate().queryForObject("select count(*) from read_model." + table, Integer.class);
        return count == null ? 0 : count;
    }
}
