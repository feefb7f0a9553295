package uk.nhs.dma.api.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.web.Bounds;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.Ids;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.api.web.QuerySender;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
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
    public ResponseEntity<?> progress(@PathVariable String id, @RequestParam(required = false) LocalDate asOf,
                                      @RequestParam(required = false) String scope,
                                      @RequestParam(required = false) Instant knownAt,
                                      @RequestParam(required = false) String format,
                                      @RequestHeader(name = "Accept", required = false) String accept) {
        TargetId targetId = Ids.path(id, TargetId::of, "target");
        boolean csv = Csv.wanted(accept, format);
        Bounds.instant(knownAt, "knownAt");
        // As known at an instant, "today" is that instant's date.
        LocalDate date = Bounds.date(asOf, "asOf") != null ? asOf : knownAt != null
                ? LocalDate.ofInstant(knownAt, clock.getZone()) : LocalDate.now(clock);
        Scope resolved = ScopeParameter.resolve(scope, queries, date);
        access.requireScope(resolved);
        TargetProgressView view = queries.one(new FindTargetProgress(targetId, date, resolved, knownAt,
                        access.readableOrganisations()), TargetProgressView.class)
                .orElseThrow(() -> new NotFound("No target '" + id + "' is defined."));
        if (!csv) {
            return ResponseEntity.ok(view);
        }
        return Csv.response(id + "-" + date + ".csv",
                List.of("odsCode", "name", "regionCode", "icbCode", "type", "counted", "unknown", "assessmentYear",
                        "revision", "eprStatus", "liveSince", "foundational", "coreCapability", "programmeStatus",
                        "approved"),
                view.organisations().stream().<List<?>>map(r -> List.of(r.odsCode(), r.name(), nz(r.regionCode()),
                        nz(r.icbCode()), r.type(), r.counted(), r.unknown(), nz(r.assessmentYear()), nz(r.revision()),
                        nz(r.eprStatus()), nz(r.liveSince()), nz(r.foundational()), nz(r.coreCapability()),
                        nz(r.programmeStatus()), nz(r.approved()))).toList());
    }

    @GetMapping("/api/summary")
    public ResponseEntity<?> summary(@RequestParam(required = false) String scope,
                                     @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) LocalDate asOf,
                                     @RequestParam(required = false) Instant knownAt,
                                     @RequestParam(required = false) String format,
                                     @RequestHeader(name = "Accept", required = false) String accept) {
        Bounds.year(year, "year");
        boolean csv = Csv.wanted(accept, format);
        Bounds.date(asOf, "asOf");
        Bounds.instant(knownAt, "knownAt");
        SummaryPeriod period = SummaryPeriod.of(year, asOf, knownAt,
                queries.list(new ListFrameworks(), FrameworkView.class), LocalDate.now(clock));
        int forYear = period.year();
        LocalDate date = period.asOf();
        Scope resolved = ScopeParameter.resolve(scope, queries, date);
        access.requireScope(resolved);
        SummaryView view = queries.exactly(new FindSummary(resolved, forYear, date, knownAt,
                access.readableOrganisations()), SummaryView.class);
        if (!csv) {
            return ResponseEntity.ok(view);
        }
        List<String> measures = uk.nhs.dma.core.framework.WgllMeasures.IDS;
        List<String> header = new java.util.ArrayList<>(List.of("odsCode", "name", "type", "regionCode", "icbCode",
                "assessmentId", "revision", "status"));
        header.addAll(measures);
        header.addAll(List.of("overall", "coreCapability", "foundational", "eprStatus", "liveSince"));
        return Csv.response("summary-" + resolved.toString().replace(':', '-') + "-" + forYear + ".csv", header,
                view.rows().stream().<List<?>>map(r -> {
                    List<Object> row = new java.util.ArrayList<>(List.of(r.odsCode(), r.name(), r.type(),
                            nz(r.regionCode()), nz(r.icbCode()), nz(r.assessmentId()), nz(r.revision()), nz(r.status())));
                    measures.forEach(m -> row.add(r.measures() == null ? "" : nz(r.measures().get(m))));
                    row.addAll(List.of(nz(r.overall()), nz(r.coreCapability()), nz(r.foundational()),
                            nz(r.eprStatus()), nz(r.liveSince())));
                    return row;
                }).toList());
    }

    /** CSV cells are empty for "none"; List.of does not take nulls. */
    private static Object nz(Object value) {
        return value == null ? "" : value;
    }
}
