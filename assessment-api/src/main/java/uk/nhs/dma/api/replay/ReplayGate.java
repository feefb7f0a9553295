package uk.nhs.dma.api.replay;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.api.web.ProblemWriter;
import uk.nhs.dma.projections.processing.Replays;

/**
 * While a replay rebuilds the read models they are incomplete, so queries on them answer 503 with Retry-After
 * rather than a partial figure. Commands are still accepted: their events are projected when the replay
 * reaches them. A processor still replaying counts too (a replay started before a restart, or by another
 * instance); one whose replay has passed the position it had when reset does not, though Axon keeps its
 * ReplayToken until a newer event arrives.
 */
@Component
public class ReplayGate implements HandlerInterceptor {

    private final Replays replays;
    private final ProjectionStatus projections;
    private final ProblemWriter problems;

    public ReplayGate(Replays replays, ProjectionStatus projections, ProblemWriter problems) {
        this.replays = replays;
        this.projections = projections;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"GET".equals(request.getMethod()) || !(replays.isRunning() || projections.anyReplaying())) {
            return true;
        }
        response.setHeader("Retry-After", "5");
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "replay-running",
                "The read models are being rebuilt from the event store; retry shortly.");
        return false;
    }
}
