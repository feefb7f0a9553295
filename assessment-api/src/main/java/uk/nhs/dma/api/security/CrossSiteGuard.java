package uk.nhs.dma.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.dma.api.web.ProblemWriter;

/**
 * Cross-site request forgery guard for /api. A page on another site can make a browser send a POST with the
 * Basic credentials it has cached, but only with a form's content types (form-urlencoded, multipart, text/plain)
 * and without custom headers, unless the service agrees to a CORS preflight (it never does). So an unsafe
 * method (POST, PUT, PATCH, DELETE) must declare a JSON body ({@code application/json} or
 * {@code application/*+json}), even when it has no body, or carry {@code X-Requested-With}; anything else is
 * refused with 415 before any command is sent or idempotency key kept. Runs after authentication (401 first).
 */
@Component
@Order(0) // after Spring Security's filter chain (-100), before Idempotency (lowest precedence)
public class CrossSiteGuard extends OncePerRequestFilter {

    public static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger log = LoggerFactory.getLogger(CrossSiteGuard.class);

    private final ProblemWriter problems;

    public CrossSiteGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    /** Whether a request may change state: a JSON content type, or a header no cross-site form can send. */
    public static boolean acceptable(String method, String contentType, String requestedWith) {
        if (!UNSAFE.contains(method)) {
            return true;
        }
        if (requestedWith != null && !requestedWith.isBlank()) {
            return true;
        }
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application")
                    && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (acceptable(request.getMethod(), request.getContentType(), request.getHeader(REQUESTED_WITH))) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused {} {} with content type {} and no {} header (possible cross-site request)",
                request.getMethod(), request.getRequestURI(), request.getContentType(), REQUESTED_WITH);
        problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                request.getMethod() + " requests to /api must send Content-Type: application/json (also when"
                        + " there is no body), or an " + REQUESTED_WITH + " header.");
    }
}
