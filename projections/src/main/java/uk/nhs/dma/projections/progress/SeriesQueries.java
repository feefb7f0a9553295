package uk.nhs.dma.projections.progress;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.progress.FindTargetSeries;
import uk.nhs.dma.core.progress.TargetSeriesView;

/** A target's quarter-end series: the facts read once, every date evaluated in one pass ({@link QuarterSeries}). */
@Component
public class SeriesQueries {

    private final ProgressFacts facts;

    public SeriesQueries(ProgressFacts facts) {
        this.facts = facts;
    }

    @QueryHandler
    public Optional<TargetSeriesView> handle(FindTargetSeries query) {
        return facts.target(query.targetId().value(), query.knownAt()).map(history -> QuarterSeries.evaluate(
                query.targetId().value(), history, facts.organisations(query.knownAt()), query.scope(), query.asOf()));
    }
}
