import java.sql.Connection;
import java.sql.DriverManager;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Raw JDBC to the service's own PostgreSQL, as the schema's owner role. */
record Db(String url, String user, String password) {

    Connection owner() throws Exception {
        return DriverManager.getConnection(url, user, password);
    }

    NamedParameterJdbcTemplate template() {
        return new NamedParameterJdbcTemplate(new SingleConnectionDataSource(url, user, password, true));
    }
}
