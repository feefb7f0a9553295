package uk.nhs.dma.api.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.CsvTable;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.api.web.PlausibleYear;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.DomainScoresView;
import uk.nhs.dma.core.progress.FindDomainScores;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SummaryPeriod;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * The domain scores behind a summary (same parameters, defaults and access as {@code GET /api/summary}): a row per
 * organisation and domain of the revision the summary counts, in JSON or CSV.
 */
@RestController
public class DomainScoresController {

    private final QuerySender queries;
    private final Clock clock;
    private final Access access;

    public DomainScoresController(QuerySender queries, Clock clock, Access access) {
        this.queries = queries;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/api/summary/domains")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public ResponseEntity<DomainScoresView> domains(@RequestParam(required = false) String scope,
                                                    @RequestParam(required = false) @PlausibleYear Integer year,
                                                    @RequestParam(required = false) @PlausibleDate LocalDate asOf,
                                                    @RequestParam(required = false) @PlausibleInstant Instant knownAt,
                                                    @RequestParam(required = false) List<OrganisationType> type,
                                                    @RequestParam(required = false) String format,
                                                    @RequestHeader(name = "Accept", required = false) String accept) {
        boolean csv = Csv.wanted(accept, format);
        SummaryPeriod period = SummaryPeriod.of(year, asOf, knownAt,
                queries.list(new ListFrameworks(), FrameworkView.class), LocalDate.now(clock));
        Scope resolved = ScopeParameter.resolve(scope, queries, period.asOf());
        access.requireScope(resolved);
        DomainScoresView view = queries.exactly(new FindDomainScores(new FindSummary(resolved, period.year(),
                period.asOf(), knownAt, access.readableOrganisations(), type == null ? null : Set.copyOf(type))),
                DomainScoresView.class);
        return Csv.ok(csv, "domain-scores-" + resolved.toString().replace(':', '-') + "-" + period.year() + ".csv")
                .body(view);
    }

    /** A row per organisation and domain, the columns of the JSON rows. */
    @Configuration(proxyBeanMethods = false)
    static class DomainScoresCsv {

        @Bean
        CsvTable<DomainScoresView> domainScoresTable() {
            return CsvTable.of(DomainScoresView.class, DomainScoresView::rows, DomainScoresView.Row.class, Map.of());
        }
    }
}
