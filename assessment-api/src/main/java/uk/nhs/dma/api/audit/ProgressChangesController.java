package uk.nhs.dma.api.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.eventstore.EventTable;
import uk.nhs.dma.api.rest.ScopeParameter;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.web.BadRequest;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.target.TargetId;

/**
 * For auditors: how a target's figure for one date changed between two moments of knowledge, which
 * organisations' counting changed, and the events recorded in between that changed them.
 */
@RestController
@PreAuthorize("@scope.grants('AUDIT')")
public class ProgressChangesController {

    record Figure(Instant knownAt, int numerator, int denominator, java.math.BigDecimal percent) {
    }

    record Side(boolean inPopulation, boolean counted, boolean unknown) {
    }

    record EventRef(String aggregateId, long sequence, long globalPosition, String eventType, String recordedAt,
                    String user) {
    }

    record Change(String odsCode, Side before, Side after, List<EventRef> events) {
    }

    record Changes(String targetId, LocalDate asOf, Scope scope, Figure from, Figure to, List<Change> organisations,
                   List<EventRef> targetEvents) {
    }

    private final QuerySender queries;
    private final EventTable table;
    private final Clock clock;
    private final Access access;

    public ProgressChangesController(QuerySender queries, EventTable table, Clock clock, Access access) {
        this.queries = queries;
        this.table = table;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/api/targets/{id}/progress/changes")
    public Changes changes(@PathVariable @IdOf(TargetId.class) String id,
                           @RequestParam(required = false) @PlausibleDate LocalDate asOf,
                           @RequestParam(required = false) String scope,
                           @RequestParam @PlausibleInstant Instant from,
                           @RequestParam(required = false) @PlausibleInstant Instant to) {
        TargetId targetId = TargetId.of(id);
        Instant until = to == null ? clock.instant() : to;
        if (!from.isBefore(until)) {
            throw new BadRequest("invalid-parameter", "from must be before to");
        }
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        Scope resolved = ScopeParameter.resolve(scope, queries, date);
        access.requireScope(resolved);
        // the same row filter as progress: a caller never learns of an organisation it may not read
        java.util.Set<String> readable = access.readableOrganisations();
        TargetProgressView before = progress(targetId, date, resolved, from, readable);
        TargetProgressView after = progress(targetId, date, resolved, until, readable);
        Map<String, ProgressRow> was = rows(before);
        Map<String, ProgressRow> is = rows(after);
        List<Change> changes = new ArrayList<>();
        for (String ods : new java.util.TreeSet<>(union(was.keySet(), is.keySet()))) {
            Side b = side(was.get(ods));
            Side a = side(is.get(ods));
            if (!b.equals(a)) {
                // its own streams, and those of the ICB and region it sat in under either state of knowledge
                List<String> ids = new ArrayList<>(List.of(ods));
                for (ProgressRow row : java.util.Arrays.asList(was.get(ods), is.get(ods))) {
                    if (row != null) {
                        ids.add(row.icbCode());
                        ids.add(row.regionCode());
                    }
                }
                ids.removeIf(Objects::isNull);
                changes.add(new Change(ods, b, a, events(ids, List.of(ods + "-"), from, until)));
            }
        }
        return new Changes(targetId.value(), date, resolved, figure(before, from), figure(after, until), changes,
                events(List.of(targetId.value()), List.of(), from, until));
    }

    private TargetProgressView progress(TargetId id, LocalDate date, Scope scope, Instant knownAt,
                                        java.util.Set<String> readable) {
        return queries.one(new FindTargetProgress(id, date, scope, knownAt, readable), TargetProgressView.class)
                .orElseGet(() -> new TargetProgressView(id.value(), date, scope, 0, 0, 0, 0, 0, null, List.of(),
                        List.of(), List.of()));
    }

    private List<EventRef> events(List<String> ids, List<String> prefixes, Instant from, Instant until) {
        return table.recorded(new java.util.LinkedHashSet<>(ids), prefixes, from, until).stream()
                .map(e -> new EventRef(e.aggregateId(), e.sequence(), e.globalPosition(), e.eventType(),
                        e.recordedAt(), e.user())).toList();
    }

    private static Figure figure(TargetProgressView view, Instant knownAt) {
        return new Figure(knownAt, view.numerator(), view.denominator(), view.percent());
    }

    private static Map<String, ProgressRow> rows(TargetProgressView view) {
        return view.organisations().stream().collect(Collectors.toMap(ProgressRow::odsCode, Function.identity()));
    }

    private static Side side(ProgressRow row) {
        return row == null ? new Side(false, false, false) : new Side(true, row.counted(), row.unknown());
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        all.removeIf(Objects::isNull);
        return all;
    }

}
