package uk.nhs.dma.api.ops;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.config.SeedConfiguration.SeedStatus;
import uk.nhs.dma.seeds.SeedMode;

/**
 * What readiness ({@code /actuator/health/readiness}) waits for beyond Boot's own {@code readinessState} and
 * {@code db}: every Flyway migration applied ({@code migrations}) and the configured seed loaded
 * ({@code seeds}). Liveness ({@code /actuator/health/liveness}) is the application's own state only, so a
 * slow database never gets the process restarted. The groups are set in application.properties. The root
 * {@code /actuator/health} leaves {@code seeds} out: it answers UP once the service can take commands, which it
 * can while the seed still loads.
 */
@Configuration(proxyBeanMethods = false)
public class ReadinessHealth {

    static final String SEEDS = "seeds";

    /** {@code seeds}: UP once the seed has loaded (at once for mode NONE), OUT_OF_SERVICE until then. */
    @Bean
    public HealthIndicator seedsHealthIndicator(SeedStatus seeds) {
        return () -> {
            SeedStatus.State state = seeds.state();
            Health.Builder health = switch (state) {
                case DONE -> Health.up();
                case FAILED -> Health.down();
                case PENDING, RUNNING -> seeds.mode() == SeedMode.NONE ? Health.up() : Health.outOfService();
            };
            return health.withDetail("mode", seeds.mode().name().toLowerCase())
                    .withDetail("state", state.name()).build();
        };
    }

    /**
     * {@code migrations}: UP when Flyway has nothing pending and nothing failed. Once UP it stays so without
     * asking again (migrations run at start only), so a frequent probe costs nothing.
     */
    @Bean
    public HealthIndicator migrationsHealthIndicator(ObjectProvider<Flyway> flyway) {
        AtomicReference<Health> applied = new AtomicReference<>();
        return () -> {
            Health known = applied.get();
            if (known != null) {
                return known;
            }
            Flyway migrations = flyway.getIfAvailable();
            if (migrations == null) {
                return Health.unknown().withDetail("reason", "no Flyway").build();
            }
            MigrationInfoService info = migrations.info();
            MigrationInfo[] pending = info.pending();
            boolean failed = Arrays.stream(info.applied()).anyMatch(m -> m.getState().isFailed());
            MigrationInfo current = info.current();
            Health health = Health.status(pending.length == 0 && !failed ? Status.UP : Status.OUT_OF_SERVICE)
                    .withDetail("current", current == null ? "none" : String.valueOf(current.getVersion()))
                    .withDetail("pending", pending.length)
                    .withDetail("failed", failed)
                    .build();
            if (Status.UP.equals(health.getStatus())) {
                applied.set(health);
            }
            return health;
        };
    }

    /** Keeps {@code seeds} out of the root health; the readiness group still includes it. */
    @Bean
    public HealthEndpointGroupsPostProcessor seedsOnlyInReadiness() {
        return groups -> {
            Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
            groups.getNames().forEach(name -> named.put(name, groups.get(name)));
            return HealthEndpointGroups.of(new Excluding(groups.getPrimary(), SEEDS), named);
        };
    }

    private record Excluding(HealthEndpointGroup group, String excluded) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return !excluded.equals(name) && group.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return group.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return group.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return group.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return group.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return group.getAdditionalPath();
        }
    }
}
