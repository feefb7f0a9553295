package uk.nhs.dma.web.dashboard;

import uk.nhs.dma.projections.support.QuerySender;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.FindTargetSeries;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetSeriesView;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.core.target.ListTargets;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.web.page.PageForbidden;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.Operations;
import uk.nhs.dma.web.port.Scopes;

/**
 * The analysts' dashboard of one scope (national, a region or an ICB): each target over time with its milestones,
 * the headline figures, the scope's regions, ICBs or trusts a level down, the measure means and their spread;
 * every figure recomputed for the "as of" date and "as known at" instant of the form.
 */
@Controller
public class DashboardController {

    /** One target on the page: its definition, today's figure and its quarter-end series with milestones. */
    public record TargetPanel(TargetView target, TargetProgressView progress, TargetSeriesView series, String chart,
                              String csv, String rule) {
    }

    private final QuerySender ask;
    private final Charts charts;
    private final Scopes scopes;
    private final Operations operations;
    private final Clock clock;
    private final Benchmarks benchmarks;

    public DashboardController(QuerySender ask, Charts charts, Scopes scopes, Operations operations, Clock clock,
                               Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
        this.ask = ask;
        this.charts = charts;
        this.scopes = scopes;
        this.operations = operations;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public String dashboard(@RequestParam(required = false) String scope, @RequestParam(required = false) String asOf,
                     @RequestParam(required = false) String knownAt, Model model, HttpServletResponse response) {
        Scope chosen = scope(scope);
        Moment moment = Moment.read(asOf, knownAt, clock);
        OrganisationView place = chosen.kind() == Scope.Kind.NATIONAL ? null : place(chosen, moment.asOf());
        model.addAttribute("scope", chosen.toString());
        model.addAttribute("place", place);
        model.addAttribute("moment", moment);
        model.addAttribute("trail", crumbs(place, moment.asOf()));
        if (!moment.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "dashboard/dashboard";
        }
        if (operations.rebuilding()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return "dashboard/rebuilding";
        }
        List<TargetPanel> panels = new ArrayList<>();
        for (TargetView target : ask.list(new ListTargets(), TargetView.class)) {
            TargetId id = TargetId.of(target.targetId());
            Optional<TargetProgressView> progress = ask.one(new FindTargetProgress(id, moment.asOf(), chosen,
                    moment.knownAt()), TargetProgressView.class);
            Optional<TargetSeriesView> series = ask.one(new FindTargetSeries(id, moment.asOf(), chosen,
                    moment.knownAt()), TargetSeriesView.class);
            if (progress.isPresent() && series.isPresent()) {
                panels.add(new TargetPanel(target, progress.get(), series.get(), charts.target(series.get()),
                        api("/api/targets/" + target.targetId() + "/progress", chosen, moment, null), Rules.inForce(target, moment.asOf())));
            }
        }
        int year = year(moment);
        SummaryView summary = ask.exactly(new FindSummary(chosen, year, moment.asOf(), moment.knownAt()), SummaryView.class);
        model.addAttribute("targets", panels);
        model.addAttribute("summary", summary);
        model.addAttribute("summaryCsv", api("/api/summary", chosen, moment, year));
        benchmarks.group(model, chosen, year, moment);
        model.addAttribute("groups", groups(chosen, summary, moment));
        model.addAttribute("level", switch (chosen.kind()) {
            case NATIONAL -> "Regions";
            case REGION -> "ICBs";
            case ICB -> "Trusts";
        });
        model.addAttribute("spread", Figures.spread(summary));
        model.addAttribute("bands", Figures.BANDS);
        return "dashboard/dashboard";
    }

    private Scope scope(String text) {
        List<Scope> visible = scopes.visible();
        if (visible.isEmpty()) {
            throw new PageForbidden("Only analysts, auditors and administrators have a dashboard.");
        }
        Scope chosen;
        try {
            chosen = text == null || text.isBlank() ? visible.get(0) : Scope.parse(text);
        } catch (RuleViolation malformed) {
            throw new PageNotFound("There is no scope '" + text + "'.");
        }
        if (!scopes.covers(chosen)) {
            throw new PageForbidden("Your role does not cover " + chosen + ".");
        }
        return chosen;
    }

    private OrganisationView place(Scope scope, LocalDate asOf) {
        OrganisationType expected = scope.kind() == Scope.Kind.REGION ? OrganisationType.REGION : OrganisationType.ICB;
        return ask.one(new FindOrganisation(scope.code(), asOf), OrganisationView.class)
                .filter(o -> o.type() == expected)
                .orElseThrow(() -> new PageNotFound("No " + expected + " '" + scope.code() + "' is registered."));
    }

    /** Home, then the national dashboard when the person may see it, then the region above an ICB. */
    private List<Map<String, String>> crumbs(OrganisationView place, LocalDate asOf) {
        List<Map<String, String>> crumbs = new ArrayList<>();
        crumbs.add(Map.of("text", "Home", "href", "/"));
        if (place != null && scopes.covers(Scope.NATIONAL)) {
            crumbs.add(Map.of("text", "National", "href", "/dashboard?scope=NATIONAL"));
        }
        if (place != null && place.type() == OrganisationType.ICB && place.parentCode() != null) {
            Scope region = Scope.parse("REGION:" + place.parentCode());
            if (scopes.covers(region)) {
                String name = ask.one(new FindOrganisation(region.code(), asOf), OrganisationView.class)
                        .map(OrganisationView::name).orElse(place.parentCode());
                crumbs.add(Map.of("text", name, "href", "/dashboard?scope=" + region));
            }
        }
        return crumbs;
    }

    /** The assessment year shown: the latest framework known then whose reference date has come by asOf. */
    private int year(Moment moment) {
        List<FrameworkView> known = ask.list(new ListFrameworks(), FrameworkView.class).stream()
                .filter(f -> moment.knownAt() == null || !f.publishedAt().isAfter(moment.knownAt())).toList();
        return known.stream().filter(f -> !f.definition().referenceDate().isAfter(moment.asOf()))
                .mapToInt(f -> f.definition().assessmentYear()).max()
                .orElse(known.stream().mapToInt(f -> f.definition().assessmentYear()).min().orElse(moment.asOf().getYear()));
    }

    private List<Figures.Group> groups(Scope scope, SummaryView summary, Moment moment) {
        Function<String, String> link = code -> UriComponentsBuilder.fromPath("/dashboard")
                .queryParam("scope", (scope.kind() == Scope.Kind.NATIONAL ? "REGION:" : "ICB:") + code)
                .queryParamIfPresent("asOf", Optional.of(moment.asOfText()).filter(t -> !t.isEmpty()))
                .queryParamIfPresent("knownAt", Optional.ofNullable(moment.knownAt()))
                .build().encode().toUriString();
        if (scope.kind() == Scope.Kind.ICB) {
            Map<String, String> names = summary.rows().stream()
                    .collect(Collectors.toMap(SummaryView.Row::odsCode, SummaryView.Row::name, (a, b) -> a));
            return Figures.groups(summary.rows(), SummaryView.Row::odsCode, names, code -> "/dashboard/trusts/" + code
                    + (moment.knownAt() == null ? "" : "?knownAt=" + moment.knownAt()));
        }
        OrganisationType type = scope.kind() == Scope.Kind.NATIONAL ? OrganisationType.REGION : OrganisationType.ICB;
        Map<String, String> names = ask.exactly(new ListOrganisations(type, null, moment.asOf(), PageRequest.all()),
                OrganisationPage.class).items().stream()
                .collect(Collectors.toMap(OrganisationView::odsCode, OrganisationView::name, (a, b) -> a, LinkedHashMap::new));
        List<Figures.Group> groups = Figures.groups(summary.rows(), scope.kind() == Scope.Kind.NATIONAL
                ? SummaryView.Row::regionCode : SummaryView.Row::icbCode, names, link);
        return groups.stream().sorted(Comparator.comparing(Figures.Group::name)).toList();
    }

    /** The API's CSV of the same figure (format=csv, since a link cannot set the Accept header). */
    static String api(String path, Scope scope, Moment moment, Integer year) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("scope", scope.toString())
                .queryParamIfPresent("year", Optional.ofNullable(year))
                .queryParam("asOf", moment.asOf())
                .queryParamIfPresent("knownAt", Optional.ofNullable(moment.knownAt()))
                .queryParam("format", "csv")
                .build().encode().toUriString();
    }
}
