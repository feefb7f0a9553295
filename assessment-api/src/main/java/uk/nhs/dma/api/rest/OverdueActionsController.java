package uk.nhs.dma.api.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.core.plan.FindOverdueActions;
import uk.nhs.dma.core.plan.OverdueActionsView;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * Overdue improvement actions in a scope, for regional and national teams, in JSON or CSV: a regional analyst's
 * scope must lie within their regions, and rows cover only the organisations the caller may read.
 */
@RestController
public class OverdueActionsController {

    private final QuerySender queries;
    private final Clock clock;
    private final Access access;

    public OverdueActionsController(QuerySender queries, Clock clock, Access access) {
        this.queries = queries;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/api/plans/overdue")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public ResponseEntity<OverdueActionsView> overdue(@RequestParam(required = false) String scope,
            @RequestParam(required = false) @PlausibleDate LocalDate before,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        boolean csv = Csv.wanted(accept, format);
        LocalDate date = before != null ? before : knownAt != null
                ? LocalDate.ofInstant(knownAt, clock.getZone()) : LocalDate.now(clock);
        Scope resolved = ScopeParameter.resolve(scope, queries, date);
        access.requireScope(resolved);
        OverdueActionsView view = queries.exactly(new FindOverdueActions(resolved, date, knownAt,
                access.readableOrganisations()), OverdueActionsView.class);
        return Csv.ok(csv, "overdue-actions-" + resolved.toString().replace(':', '-') + "-" + date + ".csv")
                .body(view);
    }
}
