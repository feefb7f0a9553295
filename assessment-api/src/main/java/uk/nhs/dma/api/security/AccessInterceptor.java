package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.ProblemWriter;

/**
 * Deny by default: each handler of the API and the pages declares who may call it with {@code @PreAuthorize} (method security, with
 * the {@link ScopeRules scope} bean); a handler that declares nothing is refused to everyone. The roles its rule
 * names are checked here, before the body is read ({@link HandlerRules}).
 */
@Component
public class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

    private final ProblemWriter problems;
    private final HandlerRules rules;

    public AccessInterceptor(ProblemWriter problems, HandlerRules rules) {
        this.problems = problems;
        this.rules = rules;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || !ours(method)) {
            return true;
        }
        if (declared(method)) {
            rules.checkRoles(method);
            return true;
        }
        log.warn("Access refused: {} {} (no access rule)", LogSafe.of(request.getMethod()),
                LogSafe.of(request.getRequestURI()));
        if (!request.getRequestURI().startsWith("/api/")) {
            throw new AuthorizationDeniedException("Access Denied"); // the 403 page
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
        return false;
    }

    /** The service's own handlers, API and pages (not the framework's error page, actuator or API document). */
    public static boolean ours(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("uk.nhs.dma.");
    }

    /** Whether the handler declares its access rule. */
    public static boolean declared(HandlerMethod method) {
        return HandlerRules.of(method).isPresent();
    }
}
