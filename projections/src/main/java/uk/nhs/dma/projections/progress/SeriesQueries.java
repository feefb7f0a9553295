package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.progress.FindTargetSeries;
import uk.nhs.dma.core.progress.TargetSeriesView;

/**
 * A target's quarter-end series: only the facts its dates could count or place read once ({@link TargetFacts}, as
 * a progress answer reads them, here for every date of the series), every date evaluated in one pass
 * ({@link QuarterSeries}).
 */
@Component
public class SeriesQueries {

    private final ProgressFacts facts;
    private final TargetFacts targetFacts;

    public SeriesQueries(ProgressFacts facts, TargetFacts targetFacts) {
        this.facts = facts;
        this.targetFacts = targetFacts;
    }

    @QueryHandler
    public Optional<TargetSeriesView> handle(FindTargetSeries query) {
        return facts.target(query.targetId().value(), query.knownAt()).map(history -> {
            List<LocalDate> dates = QuarterSeries.dates(history, query.asOf());
            List<OrganisationFacts> organisations = dates.isEmpty() ? List.of() : targetFacts.organisations(
                    query.knownAt(), new TargetFacts.Selection(history.definition().metric(),
                            history.definition().population(), query.scope(), dates));
            return QuarterSeries.evaluate(query.targetId().value(), history, organisations, query.scope(),
                    query.asOf());
        });
    }
}
