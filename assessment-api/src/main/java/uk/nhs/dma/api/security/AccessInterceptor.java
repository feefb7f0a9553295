package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.nhs.dma.api.web.LogSafe;
import uk.nhs.dma.api.web.ProblemWriter;

/**
 * Deny by default: each /api handler declares who may call it with {@code @PreAuthorize} (method security, with
 * the {@link ScopeRules scope} bean); a handler that declares nothing is refused to everyone.
 */
@Component
public class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);

    private final ProblemWriter problems;

    public AccessInterceptor(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method) || declared(method)) {
            return true;
        }
        log.warn("Access refused: {} {} (no access rule)", LogSafe.of(request.getMethod()),
                LogSafe.of(request.getRequestURI()));
        problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
        return false;
    }

    /** Whether the handler declares its access rule. */
    public static boolean declared(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
    }
}
