package uk.nhs.dma.api.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dma.api.security.Caller;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * The store of API tokens (table {@code api_token}; who created or revoked which in {@code api_token_audit}).
 * A presented token is found by its SHA-256 hash; it is a caller while it is neither revoked nor expired.
 */
@Component
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    private static final String COLUMNS = "id, owner, roles, ods_codes, region_codes, expires_at, created_at,"
            + " created_by, revoked_at, revoked_by, last_used_at";
    /** How often at most "last used" is written per token, so that using a token costs no write per request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TokenRules rules;
    private final Cache<UUID, Boolean> recentlyUsed = Caffeine.newBuilder()
            .expireAfterWrite(LAST_USED_PRECISION).maximumSize(100_000).build();

    public ApiTokens(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
                     AssessmentProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.rules = new TokenRules(properties.tokens().defaultLifetime(), properties.tokens().maxLifetime());
    }

    public ApiToken.Created create(ApiToken.Request request, String actor, String correlationId) {
        Instant now = clock.instant();
        ApiToken.Request valid = rules.check(request, now);
        String token = TokenHashes.newToken();
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            jdbc.update("insert into api_token (id, token_hash, owner, roles, ods_codes, region_codes, expires_at,"
                            + " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, TokenHashes.hash(token),
                    valid.owner(), valid.roles().toArray(String[]::new), valid.odsCodes().toArray(String[]::new),
                    valid.regionCodes().toArray(String[]::new),
                    Timestamp.from(valid.expiresAt()), Timestamp.from(now), actor);
            audit(id, "CREATED", actor, correlationId, now);
        });
        log.info("token={} action=created owner={} roles={} expiresAt={} by={} correlationId={}", id, valid.owner(),
                valid.roles(), valid.expiresAt(), LogSafe.of(actor), correlationId);
        return new ApiToken.Created(id, token, valid.owner(), valid.roles(), valid.odsCodes(), valid.regionCodes(),
                valid.expiresAt(), now, actor);
    }

    public List<ApiToken> list() {
        return jdbc.query("select " + COLUMNS + " from api_token order by created_at, id", ROW);
    }

    public ApiToken get(UUID id) {
        return jdbc.query("select " + COLUMNS + " from api_token where id = ?", ROW, id).stream().findFirst()
                .orElseThrow(() -> new NotFound("No API token '" + id + "'."));
    }

    public ApiToken revoke(UUID id, String actor, String correlationId) {
        Instant now = clock.instant();
        boolean revoked = Boolean.TRUE.equals(transactions.execute(tx -> {
            int updated = jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where id = ?"
                    + " and revoked_at is null", Timestamp.from(now), actor, id);
            if (updated == 1) {
                audit(id, "REVOKED", actor, correlationId, now);
            }
            return updated == 1;
        }));
        ApiToken token = get(id);
        if (!revoked) {
            throw RuleViolation.conflict("already-revoked", "API token '" + id + "' was revoked at "
                    + token.revokedAt() + "; nothing was changed.");
        }
        log.info("token={} action=revoked owner={} by={} correlationId={}", id, token.owner(), LogSafe.of(actor),
                correlationId);
        return token;
    }

    /** The caller a presented token stands for: none when it is unknown, revoked or expired. */
    public Optional<Caller> authenticate(String presented) {
        if (!TokenHashes.looksLikeToken(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Object[]> found = jdbc.query("select id, owner, roles, ods_codes, region_codes from api_token"
                        + " where token_hash = ? and revoked_at is null and expires_at > ?",
                (rs, i) -> new Object[]{rs.getObject(1, UUID.class), rs.getString(2), strings(rs, 3),
                        strings(rs, 4), strings(rs, 5)}, TokenHashes.hash(presented), Timestamp.from(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = found.get(0);
        UUID id = (UUID) row[0];
        if (recentlyUsed.asMap().putIfAbsent(id, Boolean.TRUE) == null) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), id);
        }
        return Optional.of(TokenRules.caller((String) row[1], strings(row[2]), strings(row[3]), strings(row[4])));
    }

    private void audit(UUID id, String action, String actor, String correlationId, Instant at) {
        jdbc.update("insert into api_token_audit (token_id, action, actor, correlation_id, at) values (?, ?, ?, ?, ?)",
                id, action, actor, correlationId, Timestamp.from(at));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static final RowMapper<ApiToken> ROW = (rs, i) -> new ApiToken(rs.getObject("id", UUID.class),
            rs.getString("owner"), strings(rs, 3), strings(rs, 4), strings(rs, 5), instant(rs, "expires_at"),
            instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "revoked_at"),
            rs.getString("revoked_by"), instant(rs, "last_used_at"));
}
