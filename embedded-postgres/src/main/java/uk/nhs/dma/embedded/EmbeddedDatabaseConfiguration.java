package uk.nhs.dma.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The newcomer's default: with no {@code spring.datasource.url} (env SPRING_DATASOURCE_URL), an embedded
 * PostgreSQL runs inside the service, its data directory kept under {@code assessment.data-dir}
 * (env ASSESSMENT_DATA_DIR, default ./data) so a restart keeps every event. Same SQL as production; no H2.
 * Flyway migrates as the owner role; the service's pool connects as the application role (see EmbeddedDatabase).
 */
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class) // also started on its own, without the application
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
public class EmbeddedDatabaseConfiguration {

    /** The Flyway placeholder naming the role the migrations grant the service's privileges to. */
    public static final String APPLICATION_ROLE_PLACEHOLDER = "application-role";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.dataDir(), properties.embeddedDb().port());
        log.info("Embedded PostgreSQL on port {} with data in {}", database.postgres().getPort(), database.pgData());
        return database;
    }

    /** Stopped with {@link EmbeddedDatabase}, not on its own. */
    @Bean(destroyMethod = "")
    public EmbeddedPostgres embeddedPostgres(EmbeddedDatabase database) {
        return database.postgres();
    }

    @Bean(destroyMethod = "close")
    @Primary
    public DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(EmbeddedDatabase.APPLICATION_ROLE);
        config.setPassword(database.passwords().application());
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }

    /** The migrations' connection, as the owner role: used by Flyway only, never injected elsewhere. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    public DataSource flywayDataSource(EmbeddedDatabase database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(), EmbeddedDatabase.OWNER_ROLE,
                database.passwords().owner());
    }

    @Bean
    public FlywayConfigurationCustomizer applicationRoleGrants() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(APPLICATION_ROLE_PLACEHOLDER, EmbeddedDatabase.APPLICATION_ROLE);
            configuration.placeholders(placeholders);
        };
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
