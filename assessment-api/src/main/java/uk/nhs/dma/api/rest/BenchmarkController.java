package uk.nhs.dma.api.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.web.BadRequest;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.api.web.OrganisationCode;
import uk.nhs.dma.api.web.PlausibleDate;
import uk.nhs.dma.api.web.PlausibleInstant;
import uk.nhs.dma.api.web.PlausibleYear;
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
 * Peer benchmarks (an organisation's year against its care-setting peers) and mix-adjusted figures (an ICB's or a
 * region's trusts each against its type's national median), in JSON, CSV or .xlsx ({@link BenchmarkCsv}). Year and
 * date default as the summary's ({@link SummaryPeriod}).
 */
@RestController
public class BenchmarkController {

    private final QuerySender queries;
    private final Clock clock;
    private final Access access;

    public BenchmarkController(QuerySender queries, Clock clock, Access access) {
        this.queries = queries;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/api/organisations/{ods}/benchmark")
    @PreAuthorize("@scope.grants('READERS') and @scope.coversOrganisation(#ods)")
    public ResponseEntity<PeerBenchmarkView> benchmark(@PathVariable @OrganisationCode String ods,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) @PlausibleDate LocalDate asOf,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        boolean table = Csv.wanted(accept, format);
        SummaryPeriod period = period(year, asOf, knownAt);
        PeerBenchmarkView view = queries.one(new FindPeerBenchmark(OdsCode.of(ods), period.year(), period.asOf(),
                        knownAt), PeerBenchmarkView.class)
                .orElseThrow(() -> new NotFound("No organisation '" + ods + "' is registered."));
        return Csv.ok(table, ods + "-benchmark-" + period.year() + ".csv").body(view);
    }

    @GetMapping("/api/benchmarks/mix-adjusted")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public ResponseEntity<MixAdjustedView> mixAdjusted(@RequestParam String scope,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) @PlausibleDate LocalDate asOf,
            @RequestParam(required = false) @PlausibleInstant Instant knownAt,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        boolean table = Csv.wanted(accept, format);
        SummaryPeriod period = period(year, asOf, knownAt);
        Scope resolved = ScopeParameter.resolve(scope, queries, period.asOf());
        if (resolved.kind() == Scope.Kind.NATIONAL) {
            throw new BadRequest("invalid-scope", "Mix-adjusted figures are for an ICB or a region: scope=ICB:{code}"
                    + " or REGION:{code}");
        }
        access.requireScope(resolved);
        MixAdjustedView view = queries.exactly(new FindMixAdjusted(resolved, period.year(), period.asOf(), knownAt,
                access.readableOrganisations()), MixAdjustedView.class);
        return Csv.ok(table, "mix-adjusted-" + resolved.toString().replace(':', '-') + "-" + period.year() + ".csv")
                .body(view);
    }

    private SummaryPeriod period(Integer year, LocalDate asOf, Instant knownAt) {
        return SummaryPeriod.of(year, asOf, knownAt, queries.list(new ListFrameworks(), FrameworkView.class),
                LocalDate.now(clock));
    }
}
