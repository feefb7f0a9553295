package uk.nhs.dma.api.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code assessment.*} setting in one place, bound once and validated at start: a bad value stops the
 * service with a message naming the property. Names and defaults are those of the README's Configuration table.
 */
@Validated
@ConfigurationProperties("assessment")
public record AssessmentProperties(
        /* what to load at start: demo, reference or none; blank chooses by the database (see SeedConfiguration) */
        @Pattern(regexp = "(?i)\\s*(demo|reference|none)?\\s*") @DefaultValue("") String seed,
        @DefaultValue("20230331") long seedRandom,
        @Valid @DefaultValue SeedScale seedScale,
        @NotNull @DefaultValue("./data") Path dataDir,
        @Valid @DefaultValue EmbeddedDb embeddedDb,
        @Valid @DefaultValue Projections projections,
        @Valid @DefaultValue ReadYourWrites readYourWrites,
        @Valid @DefaultValue Idempotency idempotency,
        @Valid @DefaultValue Audit audit,
        @Valid @DefaultValue Tokens tokens,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue Metrics metrics,
        /* this instance's name in token_entry's owner column; blank: host-pid-random (see NodeIdentity) */
        @DefaultValue("") String nodeId,
        @Valid @DefaultValue EventStore eventStore,
        @Valid @DefaultValue Replays replays) {

    public record SeedScale(@Min(1) @DefaultValue("1") int organisations, @Min(1) @DefaultValue("3") int years) {
    }

    public record EmbeddedDb(@Min(0) @Max(65535) @DefaultValue("0") int port) {
    }

    public record Projections(@Min(1) @DefaultValue("200") int batchSize, @Min(1) @DefaultValue("2") int segments,
                              @Min(1) @DefaultValue("2147483647") int maxClaimedSegments,
                              @NotNull @DefaultValue("1s") Duration claimInterval,
                              @NotNull @DefaultValue("500ms") Duration tokenStoreInterval,
                              @NotNull @DefaultValue("10s") Duration claimTimeout) {
    }

    public record EventStore(@Min(1) @DefaultValue("10000") int maxGapOffset,
                             @NotNull @DefaultValue("60s") Duration gapTimeout) {
    }

    public record Replays(@NotNull @DefaultValue("200ms") Duration tick) {
    }

    public record ReadYourWrites(@NotNull @DefaultValue("5s") Duration timeout) {
    }

    public record Idempotency(@NotNull @DefaultValue("24h") Duration ttl,
                              @NotNull @DefaultValue("1h") Duration purgeInterval) {
    }

    public record Audit(@DefaultValue("") String checkpointKey, @DefaultValue("") String checkpointPublicKey,
                        @NotNull @DefaultValue("1h") Duration checkpointInterval) {
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
