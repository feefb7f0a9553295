package uk.nhs.dma.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.ProblemWriter;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * Throttles failed sign-ins ahead of every security chain: a request that presents credentials (Basic, an API
 * token, a JWT, the scrape token) and is answered 401 counts as a failure of its user name (Basic) and of its
 * client address; once either has used up its failures in the window, such requests get a 429 problem with
 * {@code Retry-After}, before any password is checked. Requests without credentials are not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final ProblemWriter problems;

    public SignInThrottleFilter(Clock clock, ProblemWriter problems, AssessmentProperties properties) {
        AssessmentProperties.Security.Throttle limits = properties.security().throttle();
        this.throttle = new SignInThrottle(clock, limits.window(), limits.userFailures(), limits.addressFailures());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        String user = basicUser(authorization);
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.blocked(user, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-sign-ins",
                    "Too many failed sign-ins; try again in " + seconds + " seconds.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value() && throttle.failed(user, address)) {
            log.warn("Sign-ins throttled after repeated failures: user={} address={}", LogSafe.of(user),
                    LogSafe.of(address));
        }
    }

    /** The user name of a Basic Authorization header; null for other schemes or a malformed header. */
    static String basicUser(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
