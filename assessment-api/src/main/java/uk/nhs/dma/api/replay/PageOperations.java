package uk.nhs.dma.api.replay;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.dma.projections.processing.ProjectionStatus;
import uk.nhs.dma.web.port.Operations;
import uk.nhs.dma.projections.processing.Replays;

/** The admin pages read and start replays through the same {@link Replays} and {@link ProjectionStatus} as the API. */
@Component
public class PageOperations implements Operations {

    private final Replays replays;
    private final ProjectionStatus projections;

    public PageOperations(Replays replays, ProjectionStatus projections) {
        this.replays = replays;
        this.projections = projections;
    }

    @Override
    public Projections projections() {
        return new Projections(projections.head(), projections.processors().stream()
                .map(p -> new Processor(p.name(), p.position(), p.caughtUp(), p.replaying())).toList());
    }

    @Override
    public Replay startReplay() {
        return view(replays.start(List.of("all")));
    }

    @Override
    public Optional<Replay> replay(String replayId) {
        return replays.find(replayId).map(PageOperations::view);
    }

    @Override
    public boolean rebuilding() {
        return replays.isRunning();
    }

    private static Replay view(Replays.Replay r) {
        return new Replay(r.replayId(), r.processors(), r.status().name(), r.eventsProcessed(), r.eventsTotal(),
                r.eventsPerSecond(), r.startedAt(), r.finishedAt(), r.error());
    }
}
