package uk.nhs.dma.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.nhs.dma.eventstore.EventTable;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.projections.support.BoundedWait;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * Read-your-writes by default: a query of the read models reflects every command that had completed when it
 * arrived. It reads the head of the event store once, on arrival, and waits (bounded) until every projection
 * has committed up to it, which costs nothing when they are caught up; otherwise it answers 503 with
 * {@code Retry-After}.
 * <ul>
 *   <li>{@code X-Consistency: eventual} (or {@code ?consistency=eventual}) answers at once from the read models
 *   as they are;</li>
 *   <li>{@code X-Min-Position} (the {@code X-Event-Position} of an earlier response) waits for that position
 *   even in an eventual read; a position beyond the head of the store is a 400, never a wait.</li>
 * </ul>
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    public static final String EVENT_POSITION = "X-Event-Position";
    public static final String MIN_POSITION = "X-Min-Position";
    public static final String CONSISTENCY = "X-Consistency";
    public static final String CONSISTENCY_PARAMETER = "consistency";
    private static final long POLL_MILLIS = 5;

    private final ProjectionStatus projections;
    private final ProblemWriter problems;
    private final EventTable events;
    private final Duration timeout;

    public ReadYourWrites(ProjectionStatus projections, ProblemWriter problems, EventTable events,
                          AssessmentProperties properties) {
        this.projections = projections;
        this.problems = problems;
        this.events = events;
        this.timeout = properties.readYourWrites().timeout();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        Boolean eventual = eventual(request);
        if (eventual == null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-consistency",
                    CONSISTENCY + " (or ?" + CONSISTENCY_PARAMETER + "=) must be 'strong' or 'eventual'.");
            return false;
        }
        String header = request.getHeader(MIN_POSITION);
        if (header == null && eventual) {
            return true;
        }
        Long minPosition = header == null ? null : position(header);
        if (header != null && minPosition == null) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "invalid-min-position",
                    MIN_POSITION + " must be a whole number, the " + EVENT_POSITION + " of an earlier response.");
            return false;
        }
        long head = events.head();
        if (minPosition != null && minPosition > head) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "min-position-beyond-head",
                    MIN_POSITION + " " + minPosition + " is beyond the newest stored event (" + head
                            + "); send the " + EVENT_POSITION + " of an earlier response.");
            return false;
        }
        long target = eventual ? minPosition : head;
        if (BoundedWait.until(() -> projections.reached(target), timeout, POLL_MILLIS)) {
            return true;
        }
        response.setHeader("Retry-After", "1");
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "projections-behind",
                "The read models have not yet reached position " + target + "; retry shortly, or ask for "
                        + CONSISTENCY + ": eventual.");
        return false;
    }

    /** True for an eventual read, false for the default strong one, null for a value that is neither. */
    private static Boolean eventual(HttpServletRequest request) {
        String value = request.getHeader(CONSISTENCY);
        if (value == null) {
            value = request.getParameter(CONSISTENCY_PARAMETER);
        }
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "strong" -> false;
            case "eventual" -> true;
            default -> null;
        };
    }

    private static Long position(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
