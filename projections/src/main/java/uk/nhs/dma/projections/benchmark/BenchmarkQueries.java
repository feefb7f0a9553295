package uk.nhs.dma.projections.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.benchmark.FindMixAdjusted;
import uk.nhs.dma.core.benchmark.FindPeerBenchmark;
import uk.nhs.dma.core.benchmark.MixAdjustedView;
import uk.nhs.dma.core.benchmark.MixAdjustment;
import uk.nhs.dma.core.benchmark.PeerBenchmarkView;
import uk.nhs.dma.core.benchmark.PeerStatistics;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.Scope;

/** Peer benchmarks and mix-adjusted figures: peers' scores from SQL ({@link PeerScores}), figures from the core. */
@Component
public class BenchmarkQueries {

    private static final Set<OrganisationType> TRUSTS = EnumSet.copyOf(
            java.util.Arrays.stream(OrganisationType.values()).filter(OrganisationType::isTrust).toList());

    private final PeerScores peers;

    public BenchmarkQueries(PeerScores peers) {
        this.peers = peers;
    }

    @QueryHandler
    public Optional<PeerBenchmarkView> handle(FindPeerBenchmark query) {
        Hierarchy hierarchy = peers.hierarchy(query.knownAt());
        Optional<Hierarchy.Node> node = hierarchy.node(query.odsCode().value());
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String ods = query.odsCode().value();
        LocalDate asOf = query.asOf();
        String region = hierarchy.regionOn(ods, asOf).orElse(null);
        List<PeerScores.Score> ofType = peers.of(query.year(), EnumSet.of(node.get().type()), query.knownAt());
        PeerScores.Score own = ofType.stream().filter(s -> s.odsCode().equals(ods)).findFirst().orElse(null);
        List<PeerScores.Score> national = ofType.stream().filter(s -> hierarchy.isOpenOn(s.odsCode(), asOf)).toList();
        List<PeerScores.Score> regional = region == null ? List.of() : national.stream()
                .filter(s -> region.equals(hierarchy.regionOn(s.odsCode(), asOf).orElse(null))).toList();
        List<PeerBenchmarkView.MeasureBenchmark> measures = new ArrayList<>();
        for (String measure : WgllMeasures.IDS) {
            measures.add(measure(measure, s -> s.measures().get(measure), own, national, regional));
        }
        measures.add(measure(PeerBenchmarkView.OVERALL, PeerScores.Score::overall, own, national, regional));
        return Optional.of(new PeerBenchmarkView(ods, node.get().type().name(), region, query.year(), asOf,
                own == null ? null : own.assessmentId(), own == null ? null : own.revision(), measures));
    }

    private static PeerBenchmarkView.MeasureBenchmark measure(String id, Function<PeerScores.Score, BigDecimal> score,
                                                     PeerScores.Score own, List<PeerScores.Score> national,
                                                     List<PeerScores.Score> regional) {
        BigDecimal mine = own == null ? null : score.apply(own);
        return new PeerBenchmarkView.MeasureBenchmark(id, mine,
                PeerStatistics.of(national.stream().map(score).toList(), mine).orElse(null),
                PeerStatistics.of(regional.stream().map(score).toList(), mine).orElse(null));
    }

    @QueryHandler
    public MixAdjustedView handle(FindMixAdjusted query) {
        Hierarchy hierarchy = peers.hierarchy(query.knownAt());
        LocalDate asOf = query.asOf();
        Function<String, String> groupOf = query.scope().kind() == Scope.Kind.REGION
                ? ods -> hierarchy.regionOn(ods, asOf).orElse(null)
                : ods -> hierarchy.parentOn(ods, asOf).orElse(null);
        List<PeerScores.Score> trusts = peers.of(query.year(), TRUSTS, query.knownAt()).stream()
                .filter(s -> hierarchy.isOpenOn(s.odsCode(), asOf)).toList();
        List<MixAdjustment.Member> members = trusts.stream().map(s -> new MixAdjustment.Member(s.odsCode(),
                s.type().name(), groupOf.apply(s.odsCode()), s.measures())).toList();
        String group = query.scope().code() == null ? null : query.scope().code().value();
        List<MixAdjustment.MixFigure> figures = MixAdjustment.figures(members, WgllMeasures.IDS).stream()
                .filter(f -> f.groupCode().equals(group)).toList();
        Map<String, Map<String, BigDecimal>> medians = MixAdjustment.medians(members, WgllMeasures.IDS);
        List<MixAdjustedView.TrustDifferences> rows = new ArrayList<>();
        for (int i = 0; i < trusts.size(); i++) {
            PeerScores.Score s = trusts.get(i);
            MixAdjustment.Member m = members.get(i);
            boolean readable = query.readable() == null || query.readable().contains(s.odsCode());
            if (group != null && group.equals(m.group()) && readable) {
                rows.add(new MixAdjustedView.TrustDifferences(s.odsCode(), s.name(), s.type().name(),
                        ordered(s.measures()), ordered(medians.getOrDefault(m.type(), Map.of())),
                        ordered(MixAdjustment.differences(m, medians))));
            }
        }
        return new MixAdjustedView(query.scope(), query.year(), asOf, figures, rows);
    }

    private static Map<String, BigDecimal> ordered(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        WgllMeasures.IDS.stream().filter(values::containsKey).forEach(id -> out.put(id, values.get(id)));
        return out;
    }
}
