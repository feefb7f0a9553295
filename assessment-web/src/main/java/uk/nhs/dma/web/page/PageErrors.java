package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.nhs.dma.web.port.People;

/**
 * Failures on pages answer with a page, never a problem document or a stack trace: an unknown page is 404,
 * a page outside the person's roles or scope (a handler's {@code @PreAuthorize}, or a state the page cannot act
 * on) 403, anything unexpected 500 with the correlation id to quote. Requests to
 * the API are left to its own RFC 9457 handling; this resolver runs before it and declines them.
 */
@Component
public class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    /** Spring Security's message for a rule that answered false. */
    private static final String DENIED = "Access Denied";
    private final People people;

    public PageErrors(People people) {
        this.people = people;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!isPage(request)) {
            return null;
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException || e instanceof PageNotFound) {
            return page("error/not-found", 404, response, e instanceof PageNotFound ? e.getMessage() : null);
        }
        if (e instanceof PageForbidden || e instanceof AccessDeniedException) {
            // A refused role says only that (the page's default text); a refused scope or state says which.
            String message = e instanceof AccessDeniedException && DENIED.equals(e.getMessage()) ? null : e.getMessage();
            log.warn("Page refused: user={} {} {}: {}", people.current() == null ? "anonymous" : people.current().name(),
                    request.getMethod(), request.getRequestURI(), message == null ? "role" : message);
            return page("error/forbidden", 403, response, message);
        }
        if (handler instanceof HandlerMethod method
                && !method.getBeanType().getPackageName().startsWith("uk.nhs.dma.web")) {
            return null;
        }
        log.error("Unexpected failure on page {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return page("error/problem", 500, response, null);
    }

    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui"));
    }

    private ModelAndView page(String view, int status, HttpServletResponse response, String message) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView(view);
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("message", message);
        page.addObject("person", people.current());
        return page;
    }
}
