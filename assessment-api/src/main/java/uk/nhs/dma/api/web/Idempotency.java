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
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST or PUT with an {@code Idempotency-Key} runs once. A repeat with the same key (for the same user) gets
 * the first response again and sends no command; the same key with a different request is refused (422); a
 * repeat while the first is still running is refused (409). Server errors are not kept, so they can be retried.
 * Runs after authentication: keys are per user.
 */
@Component
public class Idempotency extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY = 200;

    private final JdbcTemplate jdbc;
    private final ProblemWriter problems;

    public Idempotency(JdbcTemplate jdbc, ProblemWriter problems) {
        this.jdbc = jdbc;
        this.problems = problems;
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
        List<Map<String, Object>> earlier = find(user, key);
        if (!earlier.isEmpty() && Boolean.TRUE.equals(earlier.get(0).get("abandoned"))) {
            // the first request died with its process; its claim must not block every retry for ever
            jdbc.update("delete from api_idempotency where username = ? and idempotency_key = ? and status is null",
                    user, key);
            earlier = List.of();
        }
        if (earlier.isEmpty() && claim(user, key, request, hash)) {
            run(new CachedBody(request, body), response, chain, user, key);
            return;
        }
        if (earlier.isEmpty()) {
            earlier = find(user, key);
        }
        Map<String, Object> first = earlier.get(0);
        if (!hash.equals(first.get("request_hash"))) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This " + HEADER + " was used for a different request.");
        } else if (first.get("status") == null) {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotent-request-in-progress",
                    "The first request with this " + HEADER + " is still being processed; retry shortly.");
        } else {
            replay(first, response);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
                     String key) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                jdbc.update("""
                        update api_idempotency set status = ?, content_type = ?, location = ?, etag = ?, body = ?
                        where username = ? and idempotency_key = ?""",
                        recorded.getStatus(), recorded.getContentType(), recorded.getHeader("Location"),
                        recorded.getHeader("ETag"), recorded.getContentAsByteArray(), user, key);
                kept = true;
            }
        } finally {
            if (!kept) {
                jdbc.update("delete from api_idempotency where username = ? and idempotency_key = ?", user, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private boolean claim(String user, String key, HttpServletRequest request, String hash) {
        return jdbc.update("""
                insert into api_idempotency (username, idempotency_key, method, path, request_hash)
                values (?, ?, ?, ?, ?) on conflict do nothing""",
                user, key, request.getMethod(), fitted(request.getRequestURI(), 500), hash) == 1;
    }

    private List<Map<String, Object>> find(String user, String key) {
        return jdbc.queryForList("select *, status is null and created_at < now() - interval '5 minutes' as abandoned"
                + " from api_idempotency where username = ? and idempotency_key = ?", user, key);
    }

    private static void replay(Map<String, Object> first, HttpServletResponse response) throws IOException {
        response.setStatus((Integer) first.get("status"));
        response.setHeader(REPLAYED, "true");
        if (first.get("content_type") != null) {
            response.setContentType((String) first.get("content_type"));
        }
        if (first.get("location") != null) {
            response.setHeader("Location", (String) first.get("location"));
        }
        if (first.get("etag") != null) {
            response.setHeader("ETag", (String) first.get("etag"));
        }
        byte[] body = (byte[]) first.get("body");
        if (body != null) {
            response.getOutputStream().write(body);
        }
    }

    /** A value that fits its column: itself, or its SHA-256 when too long to store. */
    private static String fitted(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
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
