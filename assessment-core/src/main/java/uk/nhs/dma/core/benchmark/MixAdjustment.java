package uk.nhs.dma.core.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Figures for a group of trusts (an ICB or a region) that provider mix does not decide. For a measure m and a group
 * G, over the trusts t of G with a score s(t, m):
 * <pre>
 *   plain mean   = mean of s(t, m)
 *   mix-adjusted = mean of ( s(t, m) - median of s(u, m) over every trust u of t's type, nationally )
 * </pre>
 * A group of acute trusts, which score higher than ambulance trusts everywhere, no longer ranks above a group of
 * ambulance trusts for that reason alone: each trust is compared with its own kind first. The national medians are
 * {@link PeerStatistics}' (type 7, 4 decimal places); the means are kept to 4 decimal places, half-even. Ranks are
 * over every group with a figure for the measure, highest first, ties sharing the better rank (1, 2, 2, 4).
 */
public final class MixAdjustment {

    private MixAdjustment() {
    }

    /** A trust's scores, its type and the group it is in (null: none). */
    public record Member(String odsCode, String type, String group, Map<String, BigDecimal> scores) {
    }

    /** One group's figures for one measure, with both ranks among the {@code groups} groups that have one. */
    public record MixFigure(String groupCode, String measureId, int trusts, BigDecimal plainMean, int plainRank,
                         BigDecimal mixAdjusted, int mixAdjustedRank, int groups) {
    }

    /** The national median of each type for each measure, over every member with a score. */
    public static Map<String, Map<String, BigDecimal>> medians(List<Member> members, List<String> measures) {
        Map<String, Map<String, BigDecimal>> medians = new TreeMap<>();
        Map<String, List<Member>> byType = members.stream().collect(Collectors.groupingBy(Member::type));
        byType.forEach((type, ofType) -> {
            Map<String, BigDecimal> perMeasure = new LinkedHashMap<>();
            for (String measure : measures) {
                List<BigDecimal> scores = ofType.stream().map(m -> m.scores().get(measure))
                        .filter(Objects::nonNull).sorted().toList();
                if (!scores.isEmpty()) {
                    perMeasure.put(measure, PeerStatistics.quantile(scores, new BigDecimal("0.5")));
                }
            }
            medians.put(type, perMeasure);
        });
        return medians;
    }

    /** A member's score less its type's national median, per measure it has a score for. */
    public static Map<String, BigDecimal> differences(Member member, Map<String, Map<String, BigDecimal>> medians) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        member.scores().forEach((measure, score) -> {
            BigDecimal median = medians.getOrDefault(member.type(), Map.of()).get(measure);
            if (score != null && median != null) {
                out.put(measure, score.subtract(median).setScale(PeerStatistics.SCALE, RoundingMode.HALF_EVEN));
            }
        });
        return out;
    }

    /** Every group's figures for every measure, ranked among the groups; members without a group are peers only. */
    public static List<MixFigure> figures(List<Member> members, List<String> measures) {
        Map<String, Map<String, BigDecimal>> medians = medians(members, measures);
        Map<String, List<Member>> groups = members.stream().filter(m -> m.group() != null)
                .collect(Collectors.groupingBy(Member::group, TreeMap::new, Collectors.toList()));
        List<MixFigure> figures = new ArrayList<>();
        for (String measure : measures) {
            List<MixFigure> unranked = new ArrayList<>();
            groups.forEach((group, inGroup) -> {
                List<BigDecimal> scores = new ArrayList<>();
                List<BigDecimal> differences = new ArrayList<>();
                for (Member member : inGroup) {
                    BigDecimal difference = differences(member, medians).get(measure);
                    if (difference != null) {
                        scores.add(member.scores().get(measure));
                        differences.add(difference);
                    }
                }
                if (!scores.isEmpty()) {
                    unranked.add(new MixFigure(group, measure, scores.size(), mean(scores), 0, mean(differences), 0, 0));
                }
            });
            for (MixFigure f : unranked) {
                figures.add(new MixFigure(f.groupCode(), measure, f.trusts(), f.plainMean(),
                        rank(unranked, f, MixFigure::plainMean), f.mixAdjusted(), rank(unranked, f, MixFigure::mixAdjusted),
                        unranked.size()));
            }
        }
        figures.sort(Comparator.comparing(MixFigure::groupCode).thenComparing(f -> measures.indexOf(f.measureId())));
        return figures;
    }

    private static int rank(List<MixFigure> all, MixFigure one, java.util.function.Function<MixFigure, BigDecimal> by) {
        return 1 + (int) all.stream().filter(f -> by.apply(f).compareTo(by.apply(one)) > 0).count();
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), PeerStatistics.SCALE, RoundingMode.HALF_EVEN);
    }
}
