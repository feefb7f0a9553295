package uk.nhs.dma.api.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import uk.nhs.dma.eventstore.EventStoreSettings;
import uk.nhs.dma.eventstore.audit.AuditSettings;
import uk.nhs.dma.projections.processing.ProjectionSettings;
import uk.nhs.dma.projections.processing.ReplaySettings;

/**
 * Every {@code assessment.*} setting in one place, bound once and validated at start: a bad value stops the
 * service with a message naming the property. The settings of the event store, the projections and the replays
 * are records of their modules, handed to them as beans by {@code ModuleSettings}; the embedded database, which
 * starts on its own, binds {@code data-dir} and {@code embedded-db} itself ({@code EmbeddedDatabaseProperties}).
 * Names and defaults are those of the README's Configuration table.
 */
@Validated
@ConfigurationProperties("assessment")
public record AssessmentProperties(
        /* what to load at start: demo, reference or none; blank chooses by the database (see SeedConfiguration) */
        @Pattern(regexp = "(?i)\\s*(demo|reference|none)?\\s*") @DefaultValue("") String seed,
        @DefaultValue("20230331") long seedRandom,
        @Valid @DefaultValue SeedScale seedScale,
        @Valid @DefaultValue @NestedConfigurationProperty ProjectionSettings projections,
        @Valid @DefaultValue ReadYourWrites readYourWrites,
        @Valid @DefaultValue Idempotency idempotency,
        @Valid @DefaultValue @NestedConfigurationProperty AuditSettings audit,
        @Valid @DefaultValue Tokens tokens,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue Metrics metrics,
        /* this instance's name in token_entry's owner column; blank: host-pid-random (see NodeIdentity) */
        @DefaultValue("") String nodeId,
        @Valid @DefaultValue @NestedConfigurationProperty EventStoreSettings eventStore,
        @Valid @DefaultValue @NestedConfigurationProperty ReplaySettings replays) {

    /** Trust copies, years, and the synthetic practices and care providers in thousandths of the national size. */
    public record SeedScale(@Min(1) @DefaultValue("1") int organisations, @Min(1) @DefaultValue("3") int years,
                            @Min(0) @Max(1000) @DefaultValue("10") int register) {
    }

    public record ReadYourWrites(@NotNull @DefaultValue("5s") Duration timeout) {
    }

    public record Idempotency(@NotNull @DefaultValue("24h") Duration ttl,
                              @NotNull @DefaultValue("1h") Duration purgeInterval) {
    }

    public record Tokens(@NotNull @DefaultValue("90d") Duration defaultLifetime,
                         @NotNull @DefaultValue("366d") Duration maxLifetime) {
    }

    public record Security(@DefaultValue("") String usersFile, @Valid @DefaultValue PasswordCache passwordCache,
                           @Valid @DefaultValue Throttle throttle) {

        public record PasswordCache(@NotNull @DefaultValue("5m") Duration ttl,
                                    @Min(0) @DefaultValue("10000") long maxSize) {
        }

        public record Throttle(@NotNull @DefaultValue("5m") Duration window,
                               @Min(1) @DefaultValue("10") int userFailures,
                               @Min(1) @DefaultValue("50") int addressFailures) {
        }
    }

    public record Metrics(@DefaultValue("") String scrapeToken, @NotNull @DefaultValue("1m") Duration refreshInterval,
                          @DefaultValue({"epr-coverage", "foundational-capability", "core-capability",
                                  "digital-social-care-records", "digital-social-care-records-reported", "nhs-app-adults",
                                  "dspt-standards-met", "dspt-trusts-reported", "board-digital-leaders", "shared-care-records", "population-health-platforms"}) List<String> targets) {
    }
}
