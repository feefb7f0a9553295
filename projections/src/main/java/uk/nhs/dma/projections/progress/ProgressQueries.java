package uk.nhs.dma.projections.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.projections.assessment.SubmissionRows;

/** Target progress and scope summaries: facts from SQL, figures from the pure functions. */
@Component
public class ProgressQueries {

    private final ProgressFacts facts;
    private final TargetFacts targetFacts;
    private final SubmissionRows submissions;

    public ProgressQueries(ProgressFacts facts, TargetFacts targetFacts, SubmissionRows submissions) {
        this.facts = facts;
        this.targetFacts = targetFacts;
        this.submissions = submissions;
    }

    /** Only the facts the evaluation could use are read ({@link TargetFacts}); the figures are the pure rules'. */
    @QueryHandler
    public Optional<TargetProgressView> handle(FindTargetProgress query) {
        return facts.target(query.targetId().value(), query.knownAt()).map(history -> TargetEvaluation.evaluate(
                query.targetId().value(), history,
                targetFacts.organisations(query.knownAt(), selection(history, query.scope(), query.asOf())),
                query.scope(), query.asOf(), readable(query.readable())));
    }

    /** The dates {@link TargetEvaluation} evaluates: the date asked, and each milestone due by then. */
    static TargetFacts.Selection selection(TargetHistory history, uk.nhs.dma.core.progress.Scope scope,
                                           java.time.LocalDate asOf) {
        List<java.time.LocalDate> dates = new ArrayList<>(List.of(asOf));
        history.inForceOn(asOf).milestones().stream().map(uk.nhs.dma.core.target.Milestone::dueBy)
                .filter(d -> !d.isAfter(asOf)).forEach(dates::add);
        return new TargetFacts.Selection(history.definition().metric(), history.definition().population(), scope,
                dates);
    }

    /**
     * Reads only the organisations of the summary's types that could sit in its scope on its date, with the regions
     * and ICBs that place them ({@link TargetFacts#placed}), and only their results of the year.
     */
    @QueryHandler
    public SummaryView handle(FindSummary query) {
        List<OrganisationFacts> placed = targetFacts.placed(query.knownAt(), new TargetFacts.Selection(null,
                query.types(), query.scope(), List.of(query.asOf())));
        List<ScopedOrganisation> inScope = ScopedOrganisation.inScope(placed, query.scope(), query.asOf(),
                query.types()::contains);
        return summary(query, inScope, submissions.latestOfYear(query.year(), query.knownAt(),
                inScope.stream().map(o -> o.facts().odsCode()).toList()));
    }

    /** The summary of the organisations in scope, from their results of the year. */
    static SummaryView summary(FindSummary query, List<ScopedOrganisation> inScope,
                               Map<String, SubmissionRows.Latest> results) {
        List<SummaryView.Row> rows = new ArrayList<>();
        java.util.function.Predicate<String> readable = readable(query.readable());
        for (ScopedOrganisation org : inScope) {
            if (!readable.test(org.facts().odsCode())) {
                continue;
            }
            SubmissionRows.Latest r = results.get(org.facts().odsCode());
            rows.add(new SummaryView.Row(org.facts().odsCode(), org.facts().name(), org.facts().type().name(),
                    org.regionCode(), org.icbCode(), r == null ? null : r.assessmentId(),
                    r == null ? null : r.revision(), r == null ? null : r.status(),
                    r == null ? null : r.measures(), r == null ? null : r.overall(),
                    r == null ? null : r.coreCapability(), r == null ? null : r.foundational(),
                    r == null ? null : r.eprStatus(), r == null ? null : r.liveSince()));
        }
        List<SummaryView.Row> assessed = rows.stream().filter(r -> r.overall() != null).toList();
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (String measure : WgllMeasures.IDS) {
            List<BigDecimal> scores = assessed.stream().map(r -> r.measures().get(measure))
                    .filter(java.util.Objects::nonNull).toList();
            if (!scores.isEmpty()) {
                means.put(measure, mean(scores));
            }
        }
        return new SummaryView(query.scope(), query.year(), query.asOf(), rows.size(), inScope.size() - rows.size(),
                assessed.size(), means,
                assessed.isEmpty() ? null : mean(assessed.stream().map(SummaryView.Row::overall).toList()),
                count(assessed, SummaryView.Row::coreCapability), count(assessed, SummaryView.Row::foundational),
                (int) assessed.stream().filter(r -> "LIVE".equals(r.eprStatus())).count(), rows);
    }

    /** The caller's readable organisations; null means every one. */
    private static java.util.function.Predicate<String> readable(java.util.Set<String> codes) {
        return codes == null ? code -> true : codes::contains;
    }

    private static int count(List<SummaryView.Row> rows, java.util.function.Function<SummaryView.Row, Boolean> flag) {
        return (int) rows.stream().filter(r -> Boolean.TRUE.equals(flag.apply(r))).count();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
