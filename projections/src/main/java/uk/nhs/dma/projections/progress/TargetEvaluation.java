package uk.nhs.dma.projections.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.progress.TargetCounting;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.progress.TargetProgressView.MilestoneProgress;
import uk.nhs.dma.core.progress.TargetProgressView.ProgressRow;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.Observation;
import uk.nhs.dma.core.capability.DeclaredStatus;

/**
 * A target evaluated on a date D, as a pure function of the target's history and the organisations' facts.
 *
 * <ul>
 * <li>the rule in force is the latest revision effective on or before D (else the original definition);</li>
 * <li>the population is every organisation whose type the rule names, open on D, inside the scope by the
 *     hierarchy of D;</li>
 * <li>whether each member counts on D is the core's {@link TargetCounting} policy; a member with no data is in
 *     the denominator, not the numerator, and is reported as unknown;</li>
 * <li>each milestone due on or before D is evaluated at its own date, under the rule in force then;</li>
 * <li>only organisations the caller may read are in any figure or row, at every date; the others are
 *     reported as {@code withheld}.</li>
 * </ul>
 */
public final class TargetEvaluation {

    private TargetEvaluation() {
    }

    public static TargetProgressView evaluate(String targetId, TargetHistory target, List<OrganisationFacts> all,
                                              Scope scope, LocalDate asOf) {
        return evaluate(targetId, target, all, scope, asOf, code -> true);
    }

    public static TargetProgressView evaluate(String targetId, TargetHistory target, List<OrganisationFacts> all,
                                              Scope scope, LocalDate asOf, Predicate<String> readable) {
        if (target.definition().metric() == Metric.REPORTED) {
            return reported(targetId, target, scope, asOf);
        }
        Hierarchy hierarchy = ScopedOrganisation.hierarchy(all);
        Count now = count(target.inForceOn(asOf), hierarchy, all, scope, asOf, readable);
        List<MilestoneProgress> milestones = new ArrayList<>();
        for (Milestone milestone : target.inForceOn(asOf).milestones()) {
            if (milestone.dueBy().isAfter(asOf)) {
                milestones.add(new MilestoneProgress(milestone.dueBy(), milestone.thresholdPercent(), null, null));
            } else {
                BigDecimal then = count(target.inForceOn(milestone.dueBy()), hierarchy, all, scope, milestone.dueBy(), readable)
                        .percent();
                milestones.add(new MilestoneProgress(milestone.dueBy(), milestone.thresholdPercent(), then,
                        then != null && then.compareTo(milestone.thresholdPercent()) >= 0));
            }
        }
        List<String> nonCompliant = now.rows.stream().filter(r -> !r.counted()).map(ProgressRow::odsCode).toList();
        return new TargetProgressView(targetId, asOf, scope, now.numerator(), now.rows.size(), now.unknown(),
                now.approved(), now.withheld, now.percent(), milestones, nonCompliant, now.rows);
    }

    /**
     * A nationally reported figure: the latest observation on or before the date, never interpolated; each
     * milestone due by then is judged by the latest observation on or before its own date. It counts no
     * organisation, so nothing is withheld from a scoped caller.
     */
    private static TargetProgressView reported(String targetId, TargetHistory target, Scope scope, LocalDate asOf) {
        Observation now = target.observedBy(asOf).orElse(null);
        List<MilestoneProgress> milestones = new ArrayList<>();
        for (Milestone milestone : target.inForceOn(asOf).milestones()) {
            BigDecimal then = milestone.dueBy().isAfter(asOf) ? null
                    : target.observedBy(milestone.dueBy()).map(Observation::percent).orElse(null);
            Boolean met = milestone.dueBy().isAfter(asOf) ? null
                    : then != null && then.compareTo(milestone.thresholdPercent()) >= 0;
            milestones.add(new MilestoneProgress(milestone.dueBy(), milestone.thresholdPercent(), then, met));
        }
        return new TargetProgressView(targetId, asOf, scope, 0, 0, 0, 0, 0, now == null ? null : now.percent(),
                milestones, List.of(), List.of(), now);
    }

    private record Count(List<ProgressRow> rows, int withheld) {

        int numerator() {
            return (int) rows.stream().filter(ProgressRow::counted).count();
        }

        int unknown() {
            return (int) rows.stream().filter(ProgressRow::unknown).count();
        }

        /** Counted organisations whose counted revision the board has approved. */
        int approved() {
            return (int) rows.stream().filter(r -> r.counted() && Boolean.TRUE.equals(r.approved())).count();
        }

        BigDecimal percent() {
            if (rows.isEmpty()) {
                return null;
            }
            return BigDecimal.valueOf(numerator() * 100L).divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        }
    }

    private static Count count(TargetHistory.InForce rule, Hierarchy hierarchy, List<OrganisationFacts> all,
                               Scope scope, LocalDate date, Predicate<String> readable) {
        List<ScopedOrganisation> population = ScopedOrganisation.inScope(hierarchy, all, scope, date,
                rule.population()::contains);
        List<ProgressRow> rows = population.stream()
                .filter(o -> readable.test(o.facts().odsCode()))
                .map(o -> row(rule, o, date))
                .toList();
        return new Count(rows, population.size() - rows.size());
    }

    /** One organisation of the population on a date, and whether it counts under the rule ({@link TargetCounting}). */
    private static ProgressRow row(TargetHistory.InForce rule, ScopedOrganisation o, LocalDate date) {
        OrganisationFacts org = o.facts();
        TargetCounting.Verdict v = TargetCounting.verdict(rule.counting(), org.counting(), date);
        SubmittedRevision s = v.revision();
        DeclaredStatus d = v.declaration();
        ProgrammeStatus status = v.programmeStatus();
        return new ProgressRow(org.odsCode(), org.name(), o.regionCode(), o.icbCode(), org.type().name(), v.counted(),
                v.unknown(), s == null ? null : s.year(), s == null ? null : s.revision(),
                s == null ? null : s.eprStatus().name(), s == null ? null : s.liveSince(),
                s == null ? null : s.foundational(), s == null ? null : s.coreCapability(),
                status == null ? null : status.name(), s == null ? null : s.approved(),
                d == null ? null : d.status().name(), d == null ? null : d.effectiveFrom());
    }
}
