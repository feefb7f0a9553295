package uk.nhs.dma.api.testing;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * Black-box tests: the whole service on a random port, over HTTP, on a fresh real PostgreSQL database.
 * All API tests share one application context (and so one database); each test uses its own codes. A second
 * context would pause this one, and Axon's processors cannot be started again, so the faults some tests need
 * ({@link TestHooks}) are in this one context, dormant unless a test asks for them.
 */
@Import(TestHooks.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"assessment.seed=none", "assessment.read-your-writes.timeout=1s", TestUsers.PROPERTY,
        TestKeys.PRIVATE_PROPERTY, TestKeys.PUBLIC_PROPERTY})
public abstract class ApiTest {

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    protected Api as(String user) {
        return new Api(port, user, TestUsers.password(user));
    }

    protected Api admin() {
        return as("admin");
    }

    protected Api anonymous() {
        return new Api(port, null, null);
    }

    /** The stored events of one aggregate, as payload type simple names, in sequence order. */
    protected List<String> eventTypes(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                        + " order by sequence_number", String.class, aggregateId).stream()
                .map(t -> t.substring(t.lastIndexOf('.') + 1))
                .toList();
    }

    protected long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    protected Map<String, Object> metaData(String aggregateId, long sequence) {
        return jdbc.queryForMap("select convert_from(meta_data, 'UTF8') as meta from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?", aggregateId, sequence);
    }
}
