package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.FindTargetSeries;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetSeriesView;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetRevised;
import uk.nhs.dma.projections.testing.Fixtures;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.Recorded;
import uk.nhs.dma.projections.testing.World;

/**
 * The progress query reads pre-filtered facts ({@link TargetFacts}); over generated histories (reassignments
 * between ICBs and regions, closures, programme statuses, revisions returned, reopened and approved, targets of
 * every metric revised between all and approved-only counting), its answer equals {@link TargetEvaluation} over
 * every organisation's full facts, for every scope, date, instant known at and readable set tried.
 */
class TargetFactsPropertyTest {

    private static final List<OrganisationType> TRUSTS = List.of(OrganisationType.ACUTE,
            OrganisationType.MENTAL_HEALTH, OrganisationType.COMMUNITY, OrganisationType.AMBULANCE);
    private static final List<String> SCOPES = List.of("NATIONAL", "REGION:Y11", "REGION:Y12", "ICB:QAA", "ICB:QBB",
            "ICB:QCC");
    private static ReadModel model;

    @Property(tries = 25)
    void theSqlPathAnswersAsThePureRulesOverEveryFact(@ForAll long seed) {
        Random r = new Random(seed);
        ReadModel m = model();
        m.resetAll();
        int from = m.log().size();
        List<String> trusts = history(new World(m), r);
        List<Recorded> events = m.log().subList(from, m.log().size());
        for (String target : List.of("epr", "foundational", "core")) {
            for (int i = 0; i < 6; i++) {
                LocalDate asOf = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(5 * 365));
                Scope scope = Scope.parse(SCOPES.get(r.nextInt(SCOPES.size())));
                Instant knownAt = r.nextInt(3) == 0 ? null
                        : events.get(r.nextInt(events.size())).timestamp().plusSeconds(r.nextInt(2) * 1800L);
                Set<String> readable = r.nextInt(3) == 0 ? new HashSet<>(trusts.subList(0, r.nextInt(trusts.size())))
                        : null;
                FindTargetProgress query = new FindTargetProgress(TargetId.of(target), asOf, scope, knownAt, readable);
                TargetProgressView pure = m.progressFacts.target(target, knownAt).map(h -> TargetEvaluation.evaluate(
                        target, h, m.progressFacts.organisations(knownAt), scope, asOf,
                        readable == null ? code -> true : readable::contains)).orElse(null);

                assertThat(m.progressQueries.handle(query).orElse(null))
                        .as("%s %s on %s known at %s", target, scope, asOf, knownAt).isEqualTo(pure);

                TargetSeriesView pureSeries = m.progressFacts.target(target, knownAt).map(h -> QuarterSeries.evaluate(
                        target, h, m.progressFacts.organisations(knownAt), scope, asOf)).orElse(null);
                assertThat(new SeriesQueries(m.progressFacts, m.targetFacts).handle(new FindTargetSeries(
                        TargetId.of(target), asOf, scope, knownAt)).orElse(null))
                        .as("series of %s %s on %s known at %s", target, scope, asOf, knownAt).isEqualTo(pureSeries);
            }
        }
    }

    /**
     * The summary reads only the organisations of its types that could sit in its scope and their results of the
     * year; it equals the summary over every organisation's facts and every result of the year.
     */
    @Property(tries = 8)
    void theSummaryReadsItsScopeAndAnswersAsOverEveryFact(@ForAll long seed) {
        Random r = new Random(seed);
        ReadModel m = model();
        m.resetAll();
        int from = m.log().size();
        List<String> trusts = history(new World(m), r);
        List<Recorded> events = m.log().subList(from, m.log().size());
        for (int i = 0; i < 12; i++) {
            LocalDate asOf = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(5 * 365));
            Scope scope = Scope.parse(SCOPES.get(r.nextInt(SCOPES.size())));
            Instant knownAt = r.nextInt(3) == 0 ? null
                    : events.get(r.nextInt(events.size())).timestamp().plusSeconds(r.nextInt(2) * 1800L);
            Set<String> readable = r.nextInt(3) == 0 ? new HashSet<>(trusts.subList(0, r.nextInt(trusts.size())))
                    : null;
            Set<OrganisationType> types = r.nextBoolean() ? null
                    : Set.of(TRUSTS.get(r.nextInt(TRUSTS.size())), OrganisationType.ICB);
            FindSummary query = new FindSummary(scope, 2021 + r.nextInt(5), asOf, knownAt, readable, types);
            SummaryView pure = ProgressQueries.summary(query, ScopedOrganisation.inScope(
                    m.progressFacts.organisations(knownAt), scope, asOf, query.types()::contains),
                    m.submissionRows.latestOfYear(query.year(), knownAt));

            assertThat(m.progressQueries.handle(query)).as("%s", query).isEqualTo(pure);
        }
    }

    private static synchronized ReadModel model() {
        if (model == null) {
            model = ReadModel.fresh();
        }
        return model;
    }

    /** A random register, targets and assessments; answers the trusts' codes. */
    private static List<String> history(World w, Random r) {
        w.region("Y11").region("Y12").icb("QAA", "Y11").icb("QBB", "Y11").icb("QCC", "Y12");
        List<String> icbs = List.of("QAA", "QBB", "QCC");
        for (int year = 2021; year <= 2025; year++) {
            w.framework(year);
        }
        targets(w, r);
        List<String> trusts = new ArrayList<>();
        for (int i = 0; i < 8 + r.nextInt(6); i++) {
            String code = "R" + (char) ('A' + i) + r.nextInt(10);
            String icb = icbs.get(r.nextInt(icbs.size()));
            w.trust(code, TRUSTS.get(r.nextInt(TRUSTS.size())), icb, day(r, 2020, 3).toString());
            trusts.add(code);
            if (r.nextInt(3) == 0) {
                w.reassign(code, icb, icbs.get(r.nextInt(icbs.size())), day(r, 2022, 4).toString());
            }
            if (r.nextInt(4) == 0) {
                w.award(code, ProgrammeStatus.values()[r.nextInt(ProgrammeStatus.values().length)],
                        day(r, 2021, 5).toString());
            }
        }
        if (r.nextBoolean()) {
            w.reassign("QBB", "Y11", "Y12", day(r, 2022, 4).toString());
        }
        Set<String> closed = new HashSet<>();
        for (int year = 2021; year <= 2025; year++) {
            for (String code : trusts) {
                if (r.nextInt(10) < 6) {
                    assessment(w, r, code, year);
                }
            }
            String closing = trusts.get(r.nextInt(trusts.size()));
            if (r.nextInt(4) == 0 && closed.add(closing)) {
                w.close(closing, day(r, year, 2).toString(), null);
            }
        }
        return trusts;
    }

    private static void assessment(World w, Random r, String code, int year) {
        String assessedOn = r.nextBoolean() ? year + "-03-31" : day(r, year, 1).toString();
        w.assessed(code, year, assessedOn, measures(r), epr(r, year));
        int steps = r.nextInt(4);
        for (int step = 0; step < steps; step++) {
            switch (r.nextInt(3)) {
                case 0 -> w.approve(code, year, year + "-06-30");
                case 1 -> w.reopen(code, year).resubmit(code, year, measures(r), epr(r, year));
                default -> {
                    w.reopen(code, year);
                    return; // a draft awaiting its resubmission
                }
            }
        }
    }

    private static void targets(World w, Random r) {
        List<Milestone> milestones = List.of(new Milestone(date("2023-03-31"), dec("50.00")),
                new Milestone(date("2024-03-31"), dec("70.00")), new Milestone(date("2025-03-31"), dec("90.00")));
        List<AssessmentStatus> all = List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED);
        List<AssessmentStatus> approved = List.of(AssessmentStatus.APPROVED);
        String[] ids = {"epr", "foundational", "core"};
        Metric[] metrics = {Metric.EPR_LIVE, Metric.FOUNDATIONAL, Metric.CORE_CAPABILITY};
        for (int i = 0; i < ids.length; i++) {
            List<OrganisationType> population = new ArrayList<>(TRUSTS.subList(0, 1 + r.nextInt(TRUSTS.size())));
            List<EprStatus> epr = metrics[i] == Metric.EPR_LIVE ? List.of(EprStatus.LIVE) : List.of();
            w.target(new TargetDefined(TargetId.of(ids[i]), ids[i], metrics[i], population, epr,
                    r.nextBoolean() ? all : approved, milestones.subList(0, 1 + r.nextInt(3)), "test"));
            LocalDate effective = LocalDate.of(2022, 1, 1);
            int revisions = r.nextInt(3);
            for (int revision = 1; revision <= revisions; revision++) {
                effective = effective.plusDays(1 + r.nextInt(700));
                List<EprStatus> counted = metrics[i] == Metric.EPR_LIVE && r.nextBoolean()
                        ? List.of(EprStatus.DEPLOYING, EprStatus.LIVE) : epr;
                w.revise(new TargetRevised(TargetId.of(ids[i]), revision, effective, "revised", "test",
                        milestones.subList(r.nextInt(2), 3), counted, r.nextBoolean() ? all : approved));
            }
        }
    }

    private static Map<String, BigDecimal> measures(Random r) {
        Map<String, BigDecimal> measures = Fixtures.uniform(String.valueOf(2 + r.nextInt(3)));
        return Fixtures.with(measures, WgllMeasures.IDS.get(r.nextInt(WgllMeasures.IDS.size())),
                String.valueOf(1 + r.nextInt(5)));
    }

    private static EprDeclaration epr(Random r, int year) {
        return switch (r.nextInt(4)) {
            case 0 -> Fixtures.epr(EprStatus.NONE);
            case 1 -> Fixtures.epr(EprStatus.DEPLOYING);
            default -> Fixtures.live("Supplier", day(r, year - 1, 2).toString());
        };
    }

    private static LocalDate day(Random r, int fromYear, int years) {
        return LocalDate.of(fromYear, 1, 1).plusDays(r.nextInt(365 * years));
    }
}
