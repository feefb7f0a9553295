package uk.nhs.dma.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.benchmark.FindMixAdjusted;
import uk.nhs.dma.core.benchmark.FindPeerBenchmark;
import uk.nhs.dma.core.benchmark.MixAdjustedView;
import uk.nhs.dma.core.benchmark.PeerBenchmarkView;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SummaryPeriod;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * The benchmark panels of the dashboard pages: on a trust's page its latest submitted year against its care-setting
 * peers; on an ICB's or a region's page its mix-adjusted figures beside its plain means (the API's queries).
 */
@Component
public class Benchmarks {

    private final QuerySender ask;
    private final Clock clock;

    public Benchmarks(QuerySender ask, Clock clock) {
        this.ask = ask;
        this.clock = clock;
    }

    /** Adds {@code benchmark} (null before any submitted year) and its download links for the trust page. */
    public void trust(Model model, OdsCode ods, TrajectoryView trajectory, Moment moment) {
        List<TrajectoryView.Year> years = trajectory.years();
        model.addAttribute("trajectoryCsv", "/api/organisations/" + ods.value() + "/trajectory?format=csv"
                + (moment.knownAt() == null ? "" : "&knownAt=" + moment.knownAt()));
        if (years.isEmpty()) {
            model.addAttribute("benchmark", null);
            return;
        }
        int year = years.get(years.size() - 1).year();
        SummaryPeriod period = period(year, moment);
        model.addAttribute("benchmark", ask.one(new FindPeerBenchmark(ods, year, period.asOf(), moment.knownAt()),
                PeerBenchmarkView.class).orElse(null));
        model.addAttribute("benchmarkCsv", UriComponentsBuilder.fromPath("/api/organisations/" + ods.value()
                        + "/benchmark").queryParam("year", year).queryParam("asOf", period.asOf())
                .queryParamIfPresent("knownAt", java.util.Optional.ofNullable(moment.knownAt()))
                .queryParam("format", "csv").build().encode().toUriString());
    }

    /** Adds {@code mix} (null for the national page) and its download link for an ICB's or a region's page. */
    public void group(Model model, Scope scope, int year, Moment moment) {
        if (scope.kind() == Scope.Kind.NATIONAL) {
            model.addAttribute("mix", null);
            return;
        }
        model.addAttribute("mix", ask.exactly(new FindMixAdjusted(scope, year, moment.asOf(), moment.knownAt(), null),
                MixAdjustedView.class));
        model.addAttribute("mixCsv", DashboardController.api("/api/benchmarks/mix-adjusted", scope, moment, year));
    }

    private SummaryPeriod period(int year, Moment moment) {
        return SummaryPeriod.of(year, null, moment.knownAt(), ask.list(new ListFrameworks(), FrameworkView.class),
                LocalDate.now(clock));
    }
}
