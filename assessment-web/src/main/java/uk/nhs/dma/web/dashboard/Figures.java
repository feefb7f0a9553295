package uk.nhs.dma.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.progress.SummaryView;

/** Figures a dashboard derives from one summary: the rows grouped a level down, and the spread of measure scores. */
public final class Figures {

    /** Score bands: at least {@code from}, below {@code to} (the last band includes 5). */
    public static final List<String> BANDS = List.of("1 to 1.99", "2 to 2.99", "3 to 3.99", "4 to 5");

    private Figures() {
    }

    /** One region, ICB or trust of the scope, with its trusts' figures. */
    public record Group(String code, String name, String link, int trusts, int assessed, BigDecimal overallMean,
                        int coreCapable, int foundational, int eprLive) {
    }

    /** How many assessed trusts scored each measure in each band, and the measure's mean. */
    public record Spread(String measure, BigDecimal mean, List<Integer> counts) {
    }

    public static List<Group> groups(List<SummaryView.Row> rows, Function<SummaryView.Row, String> key,
                                     Map<String, String> names, Function<String, String> link) {
        Map<String, List<SummaryView.Row>> byKey = new TreeMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(Objects.requireNonNullElse(key.apply(r), "none"), k -> new ArrayList<>()).add(r));
        List<Group> groups = new ArrayList<>();
        byKey.forEach((code, members) -> {
            List<SummaryView.Row> assessed = members.stream().filter(r -> r.overall() != null).toList();
            groups.add(new Group(code, names.getOrDefault(code, code), "none".equals(code) ? null : link.apply(code),
                    members.size(), assessed.size(), mean(assessed.stream().map(SummaryView.Row::overall).toList()),
                    count(assessed, SummaryView.Row::coreCapability), count(assessed, SummaryView.Row::foundational),
                    (int) assessed.stream().filter(r -> "LIVE".equals(r.eprStatus())).count()));
        });
        return groups;
    }

    public static List<Spread> spread(SummaryView summary) {
        List<Spread> spread = new ArrayList<>();
        for (String measure : WgllMeasures.IDS) {
            int[] counts = new int[BANDS.size()];
            summary.rows().stream().filter(r -> r.measures() != null && r.measures().get(measure) != null)
                    .forEach(r -> counts[band(r.measures().get(measure))]++);
            spread.add(new Spread(measure, summary.measureMeans().get(measure),
                    java.util.Arrays.stream(counts).boxed().toList()));
        }
        return spread;
    }

    /** Band index of a score: 1.00-1.99 is 0, ... 4.00-5.00 is 3 (scores below 1 or above 5 cannot be stored). */
    static int band(BigDecimal score) {
        int whole = score.setScale(0, RoundingMode.FLOOR).intValue();
        return Math.max(0, Math.min(BANDS.size() - 1, whole - 1));
    }

    private static int count(List<SummaryView.Row> rows, Function<SummaryView.Row, Boolean> flag) {
        return (int) rows.stream().filter(r -> Boolean.TRUE.equals(flag.apply(r))).count();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
