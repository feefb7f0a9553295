package uk.nhs.dma.projections.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetCounting;
import uk.nhs.dma.core.progress.TargetSeriesView;
import uk.nhs.dma.core.progress.TargetSeriesView.MilestoneResult;
import uk.nhs.dma.core.progress.TargetSeriesView.Point;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.Observation;

/**
 * A target's figure at every quarter end from its first milestone up to a date, in one pass over the facts:
 * each organisation is visited once and counted on every date, under the rule and hierarchy of that date, by the
 * same counting as {@link TargetEvaluation} (so each point equals the progress answer for that date). A REPORTED
 * target's point is the latest observation on or before its date.
 */
public final class QuarterSeries {

    private QuarterSeries() {
    }

    public static TargetSeriesView evaluate(String targetId, TargetHistory target, List<OrganisationFacts> all,
                                            Scope scope, LocalDate asOf) {
        List<Milestone> milestones = milestones(target, asOf);
        List<LocalDate> order = dates(target, asOf);
        List<TargetHistory.InForce> rules = order.stream().map(target::inForceOn).toList();
        int[] numerators = new int[order.size()];
        int[] denominators = new int[order.size()];
        Hierarchy hierarchy = ScopedOrganisation.hierarchy(all);
        for (OrganisationFacts org : all) {
            for (int i = 0; i < order.size(); i++) {
                LocalDate date = order.get(i);
                TargetHistory.InForce rule = rules.get(i);
                if (!rule.population().contains(org.type()) || !hierarchy.isOpenOn(org.odsCode(), date)) {
                    continue;
                }
                if (!ScopedOrganisation.on(hierarchy, org, date).isIn(scope)) {
                    continue;
                }
                denominators[i]++;
                if (TargetCounting.verdict(rule.counting(), org.counting(), date).counted()) {
                    numerators[i]++;
                }
            }
        }
        List<Point> points = new ArrayList<>();
        Map<LocalDate, Point> byDate = new java.util.HashMap<>();
        boolean reported = target.definition().metric() == Metric.REPORTED;
        for (int i = 0; i < order.size(); i++) {
            BigDecimal percent = reported
                    ? target.observedBy(order.get(i)).map(Observation::percent).orElse(null)
                    : percent(numerators[i], denominators[i]);
            Point point = new Point(order.get(i), numerators[i], denominators[i], percent, rules.get(i).revision());
            byDate.put(point.date(), point);
            if (isQuarterEnd(point.date())) {
                points.add(point);
            }
        }
        List<MilestoneResult> results = milestones.stream().map(m -> {
            int revision = target.inForceOn(m.dueBy()).revision();
            Point at = byDate.get(m.dueBy());
            if (m.dueBy().isAfter(asOf) || at == null) {
                return new MilestoneResult(m.dueBy(), m.thresholdPercent(), revision, null, null);
            }
            return new MilestoneResult(m.dueBy(), m.thresholdPercent(), revision, at.percent(),
                    at.percent() != null && at.percent().compareTo(m.thresholdPercent()) >= 0);
        }).toList();
        return new TargetSeriesView(targetId, asOf, scope, points, results);
    }

    /** The dates the series evaluates, in order: its quarter ends and its milestones due by {@code asOf}. */
    static List<LocalDate> dates(TargetHistory target, LocalDate asOf) {
        List<Milestone> milestones = milestones(target, asOf);
        TreeSet<LocalDate> dates = new TreeSet<>(quarterEnds(milestones, asOf));
        milestones.stream().map(Milestone::dueBy).filter(d -> !d.isAfter(asOf)).forEach(dates::add);
        return List.copyOf(dates);
    }

    /**
     * Every milestone that belonged to the rule in force on its own due date (a milestone a later revision
     * replaced before it fell due is not one), and those of the rule in force on {@code asOf} still to come.
     */
    static List<Milestone> milestones(TargetHistory target, LocalDate asOf) {
        TreeSet<Milestone> kept = new TreeSet<>(java.util.Comparator.comparing(Milestone::dueBy)
                .thenComparing(Milestone::thresholdPercent));
        List<List<Milestone>> versions = new ArrayList<>();
        versions.add(target.definition().milestones());
        target.revisions().forEach(r -> versions.add(r.milestones()));
        for (List<Milestone> version : versions) {
            for (Milestone m : version) {
                if (target.inForceOn(m.dueBy()).milestones().contains(m)) {
                    kept.add(m);
                }
            }
        }
        target.inForceOn(asOf).milestones().stream().filter(m -> m.dueBy().isAfter(asOf)).forEach(kept::add);
        return List.copyOf(kept);
    }

    /** The quarter ends from the one on or after the first milestone's due date, up to {@code asOf}. */
    static List<LocalDate> quarterEnds(List<Milestone> milestones, LocalDate asOf) {
        List<LocalDate> ends = new ArrayList<>();
        if (milestones.isEmpty()) {
            return ends;
        }
        LocalDate first = milestones.get(0).dueBy();
        for (LocalDate d = quarterEnd(first); !d.isAfter(asOf); d = quarterEnd(d.plusDays(1))) {
            ends.add(d);
        }
        return ends;
    }

    static LocalDate quarterEnd(LocalDate date) {
        int lastMonth = ((date.getMonthValue() - 1) / 3) * 3 + 3;
        return date.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static boolean isQuarterEnd(LocalDate date) {
        return quarterEnd(date).equals(date);
    }

    private static BigDecimal percent(int numerator, int denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
