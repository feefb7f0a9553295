package uk.nhs.dma.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 for a lost database where Spring MVC's {@link Problems} cannot answer: failures in filters (the
 * idempotency records are read and written there). Without it they would reach the container as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemWriter problems;

    public DatabaseUnavailableFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable handling {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            response.reset();
            response.setHeader(CorrelationIdFilter.HEADER, CorrelationIdFilter.correlationId(request));
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.RULE,
                    DatabaseUnavailable.DETAIL);
        }
    }
}
