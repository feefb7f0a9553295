package uk.nhs.dma.api.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * The stored claims and responses of {@link Idempotency}, in {@code api_idempotency}. A key lives for
 * {@code assessment.idempotency.ttl} (default 24 h) from its first use: after that it is as if never used, and
 * the scheduled purge ({@code assessment.idempotency.purge-interval}, default hourly) deletes it. Times come from
 * the injected clock.
 */
@Component
public class IdempotencyKeys {

    /** A claim whose request has neither finished nor run a command for this long died with its process. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** A stored row: the request's hash, and its response once complete (status null until then). */
    public record Entry(String requestHash, Integer status, String contentType, String location, String etag,
                        Long eventPosition, byte[] body, Instant createdAt, String committedAggregate,
                        Long committedVersion) {

        boolean committed() {
            return committedAggregate != null && committedVersion != null;
        }
    }

    /** A response to keep for repeats of the request. */
    public record Response(int status, String contentType, String location, String etag, Long eventPosition,
                           byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;

    @Autowired
    public IdempotencyKeys(JdbcTemplate jdbc, Clock clock, AssessmentProperties properties) {
        this(jdbc, clock, properties.idempotency().ttl());
    }

    public IdempotencyKeys(JdbcTemplate jdbc, Clock clock, Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Claims the key for a request; false if it is taken (by a live entry). */
    public boolean claim(String user, String key, String method, String path, String hash) {
        Instant now = clock.instant();
        // an expired entry, or a claim whose process died before running any command, no longer holds the key
        jdbc.update("""
                delete from api_idempotency where username = ? and idempotency_key = ?
                and (created_at < ? or (status is null and committed_version is null and created_at < ?))""",
                user, key, at(now.minus(ttl)), at(now.minus(ABANDONED_AFTER)));
        return jdbc.update("""
                insert into api_idempotency (username, idempotency_key, method, path, request_hash, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                user, key, method, path, hash, at(now)) == 1;
    }

    public Optional<Entry> find(String user, String key) {
        List<Entry> found = jdbc.query("""
                select request_hash, status, content_type, location, etag, event_position, body, created_at,
                       committed_aggregate, committed_version
                from api_idempotency where username = ? and idempotency_key = ? and created_at >= ?""",
                (rs, i) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), rs.getBytes(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getString(9), (Long) rs.getObject(10)),
                user, key, at(clock.instant().minus(ttl)));
        return found.stream().findFirst();
    }

    /** Whether an unfinished claim is older than any live request can be. */
    public boolean abandoned(Entry entry) {
        return entry.status() == null && entry.createdAt().isBefore(clock.instant().minus(ABANDONED_AFTER));
    }

    /** Marks the claim with the command its request has run, the moment that command has committed. */
    public void committed(String user, String key, String aggregateId, long version) {
        jdbc.update("update api_idempotency set committed_aggregate = ?, committed_version = ?"
                + " where username = ? and idempotency_key = ?", aggregateId, version, user, key);
    }

    public void complete(String user, String key, Response response) {
        jdbc.update("""
                update api_idempotency set status = ?, content_type = ?, location = ?, etag = ?, event_position = ?,
                body = ? where username = ? and idempotency_key = ?""",
                response.status(), response.contentType(), response.location(), response.etag(),
                response.eventPosition(), response.body(), user, key);
    }

    public void forget(String user, String key) {
        jdbc.update("delete from api_idempotency where username = ? and idempotency_key = ?", user, key);
    }

    /** Deletes every expired key; the number deleted. */
    @Scheduled(fixedDelayString = "${assessment.idempotency.purge-interval:1h}",
            initialDelayString = "${assessment.idempotency.purge-interval:1h}")
    public int purge() {
        int purged = jdbc.update("delete from api_idempotency where created_at < ?",
                at(clock.instant().minus(ttl)));
        if (purged > 0) {
            log.info("Purged {} expired idempotency keys", purged);
        }
        return purged;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
