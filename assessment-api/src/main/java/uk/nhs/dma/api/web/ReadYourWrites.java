package uk.nhs.dma.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.nhs.dma.api.config.ProjectionStatus;

/**
 * Read-your-writes: a command's response carries {@code X-Event-Position}, the global position of the event it
 * stored; a query sent with {@code X-Min-Position} waits (bounded) until every projection has reached that
 * position, and otherwise answers 503 with {@code Retry-After}.
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    public static final String EVENT_POSITION = "X-Event-Position";
    public static final String MIN_POSITION = "X-Min-Position";

    private final ProjectionStatus projections;
    private final ProblemWriter problems;
    private final Duration timeout;

    public ReadYourWrites(ProjectionStatus projections, ProblemWriter problems,
                          @Value("${assessment.read-your-writes.timeout:5s}") Duration timeout) {
        this.projections = projections;
        this.problems = problems;
        this.timeout = timeout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String header = request.getHeader(MIN_POSITION);
        if (header == null || !"GET".equals(request.getMethod())) {
            return true;
        }
        long position;
        try {
            position = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-min-position",
                    MIN_POSITION + " must be a whole number, the " + EVENT_POSITION + " of an earlier response.");
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!projections.reached(position)) {
            if (System.nanoTime() > deadline) {
                response.setHeader("Retry-After", "1");
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "projections-behind",
                        "The read models have not yet reached position " + position + "; retry shortly.");
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
