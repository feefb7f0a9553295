package uk.nhs.dma.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import uk.nhs.dma.eventstore.EventTable;

/**
 * A POST or PUT with an {@code Idempotency-Key} runs once. A repeat with the same key (for the same user) gets
 * the first response again, with its {@code X-Event-Position}, and sends no command; the same key with a different
 * request is refused (422); a repeat while the first is still running is refused (409). A key lives for
 * {@code assessment.idempotency.ttl} (see {@link IdempotencyKeys}). Server errors are not kept, so they can be
 * retried, unless a command had already committed: then a repeat is told so (409
 * {@code idempotent-request-completed}, with the aggregate's ETag and the event's position) and never runs the
 * command again. Runs after authentication: keys are per user.
 */
@Component
public class Idempotency extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = Idempotency.class.getName() + ".claim";
    private static final String COMMITTED = Idempotency.class.getName() + ".committed";
    private static final int MAX_KEY = 200;
    private static final Logger log = LoggerFactory.getLogger(Idempotency.class);

    private record Claim(String user, String key) {
    }

    private record Committed(String aggregateId, long version) {
    }

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;
    private final EventTable events;

    public Idempotency(IdempotencyKeys keys, ProblemWriter problems, EventTable events) {
        this.keys = keys;
        this.problems = problems;
        this.events = events;
    }

    /**
     * Called by {@link CommandSender} as soon as a command of the current request has committed: from then on the
     * claim is never deleted, so a retry cannot run the request again.
     */
    public void committed(HttpServletRequest request, String aggregateId, long version) {
        if (request.getAttribute(CLAIM) instanceof Claim claim) {
            request.setAttribute(COMMITTED, new Committed(aggregateId, version));
            keys.committed(claim.user(), claim.key(), aggregateId, version);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        // A token creation's response holds the token, which must never be stored: no replay of it.
        return request.getHeader(HEADER) == null || !request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/api/admin/tokens")
                || !(method.equals("POST") || method.equals("PUT"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    HEADER + " must be 1 to " + MAX_KEY + " characters.");
            return;
        }
        String user = fitted(CommandSender.currentUser(), 200);
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodySizeLimit.TooLarge e) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", e.getMessage());
            return;
        }
        String hash = hash(request, body);
        if (keys.claim(user, key, request.getMethod(), fitted(request.getRequestURI(), 500), hash)) {
            run(new CachedBody(request, body), response, chain, new Claim(user, key));
            return;
        }
        IdempotencyKeys.Entry first = keys.find(user, key).orElse(null);
        if (first != null && !hash.equals(first.requestHash())) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This " + HEADER + " was used for a different request.");
        } else if (first != null && first.status() != null) {
            replay(new IdempotencyKeys.Response(first.status(), first.contentType(), first.location(), first.etag(),
                    first.eventPosition(), first.body()), response);
        } else if (first != null && first.committed() && keys.abandoned(first)) {
            // its process died after the command committed: report that, and keep the report for later repeats
            IdempotencyKeys.Response report = report(request, first.committedAggregate(), first.committedVersion());
            keys.complete(user, key, report);
            replay(report, response);
        } else {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "The first request with this " + HEADER + " is still being processed; retry shortly.");
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claim claim)
            throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        request.setAttribute(CLAIM, claim);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                String position = recorded.getHeader(ReadYourWrites.EVENT_POSITION);
                keys.complete(claim.user(), claim.key(), new IdempotencyKeys.Response(recorded.getStatus(),
                        recorded.getContentType(), recorded.getHeader("Location"), recorded.getHeader("ETag"),
                        position == null ? null : Long.valueOf(position), recorded.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                settleFailure(request, claim);
            }
            recorded.copyBodyToResponse();
        }
    }

    /** The request failed: forget the claim so that a retry runs, unless a command had committed. */
    private void settleFailure(HttpServletRequest request, Claim claim) {
        if (!(request.getAttribute(COMMITTED) instanceof Committed committed)) {
            keys.forget(claim.user(), claim.key());
            return;
        }
        log.warn("Request with {} failed after {} reached version {}; repeats will be told it was carried out",
                HEADER, committed.aggregateId(), committed.version());
        try {
            keys.complete(claim.user(), claim.key(), report(request, committed.aggregateId(), committed.version()));
        } catch (RuntimeException e) {
            // the claim stays, marked with its command: a retry after the abandonment delay gets the report
            log.warn("Could not store the outcome of the request with {}: {}", HEADER, e.getClass().getSimpleName());
        }
    }

    private IdempotencyKeys.Response report(HttpServletRequest request, String aggregateId, long version) {
        byte[] body = problems.body(request, HttpStatus.CONFLICT, "idempotent-request-completed",
                "The first request with this " + HEADER + " was carried out (" + aggregateId + " is at version "
                        + version + ") but its response was lost; read the resource to see the result.");
        return new IdempotencyKeys.Response(HttpStatus.CONFLICT.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                null, ETag.of(version).toString(), events.position(aggregateId, version).orElse(null), body);
    }

    private static void replay(IdempotencyKeys.Response first, HttpServletResponse response) throws IOException {
        response.setStatus(first.status());
        response.setHeader(REPLAYED, "true");
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader("Location", first.location());
        }
        if (first.etag() != null) {
            response.setHeader("ETag", first.etag());
        }
        if (first.eventPosition() != null) {
            response.setHeader(ReadYourWrites.EVENT_POSITION, String.valueOf(first.eventPosition()));
        }
        if (first.body() != null) {
            response.getOutputStream().write(first.body());
        }
    }

    /** A value that fits its column: itself, or its SHA-256 when too long to store. */
    private static String fitted(String value, int max) {
        return value.length() <= max ? value : sha256(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        return sha256((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8), body);
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read (to hash it), readable again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
