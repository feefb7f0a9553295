package uk.nhs.dma.api.rest;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.api.web.PlausibleYear;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SummaryPeriod;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.target.TargetId;

/**
 * Progress against national targets and scope summaries, in JSON or (Accept: text/csv) CSV. A scoped caller gets
 * rows, and figures computed from rows, only for the organisations it may read ({@link Access#canRead}).
 */
@RestController
public class ProgressController {

    private final QuerySender queries;
    private final Clock clock;
    private final Access access;

    public ProgressController(QuerySender queries, Clock clock, Access access) {
        this.queries = queries;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/api/targets/{id}/progress")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public ResponseEntity<TargetProgressView> progress(@PathVariable @IdOf(TargetId.class) String id,
            @RequestParam(required = false) @PlausibleDate LocalDate asOf,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        TargetId targetId = TargetId.of(id);
        boolean csv = Csv.wanted(accept, format);
        // As known at an instant, "today" is that instant's date.
        LocalDate date = asOf != null ? asOf : knownAt != null
                ? LocalDate.ofInstant(knownAt, clock.getZone()) : LocalDate.now(clock);
        Scope resolved = ScopeParameter.resolve(scope, queries, date);
        access.requireScope(resolved);
        TargetProgressView view = queries.one(new FindTargetProgress(targetId, date, resolved, knownAt,
                        access.readableOrganisations()), TargetProgressView.class)
                .orElseThrow(() -> new NotFound("No target '" + id + "' is defined."));
        return Csv.ok(csv, id + "-" + date + ".csv").body(view);
    }

    @GetMapping("/api/summary")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public ResponseEntity<SummaryView> summary(@RequestParam(required = false) String scope,
                                               @RequestParam(required = false) @PlausibleYear Integer year,
                                               @RequestParam(required = false) @PlausibleDate LocalDate asOf,
                                               @RequestParam(required = false) @PlausibleInstant Instant knownAt,
                                               @RequestParam(required = false) List<OrganisationType> type,
                                               @RequestParam(required = false) String format,
                                               @RequestHeader(name = "Accept", required = false) String accept) {
        boolean csv = Csv.wanted(accept, format);
        SummaryPeriod period = SummaryPeriod.of(year, asOf, knownAt,
                queries.list(new ListFrameworks(), FrameworkView.class), LocalDate.now(clock));
        int forYear = period.year();
        LocalDate date = period.asOf();
        Scope resolved = ScopeParameter.resolve(scope, queries, date);
        access.requireScope(resolved);
        SummaryView view = queries.exactly(new FindSummary(resolved, forYear, date, knownAt,
                access.readableOrganisations(), type == null ? null : Set.copyOf(type)), SummaryView.class);
        return Csv.ok(csv, "summary-" + resolved.toString().replace(':', '-') + "-" + forYear + ".csv").body(view);
    }
}
