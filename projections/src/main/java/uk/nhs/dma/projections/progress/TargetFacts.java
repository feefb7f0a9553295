package uk.nhs.dma.projections.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.projections.support.Sql;

/**
 * The facts one target evaluation needs, pre-filtered in PostgreSQL: no more than {@link ProgressFacts} would give
 * {@link TargetEvaluation}, and never anything that could change its answer. The figures stay the pure rules'
 * ({@code Hierarchy}, {@code TargetCounting}); SQL only leaves out what they would ignore:
 * <ul>
 * <li>organisations of another type than the population, except regions and ICBs (the hierarchy needs them);</li>
 * <li>members not open on any date evaluated (opened after the last, or known closed by the first);</li>
 * <li>for a region or ICB scope, members never assigned under it (through any ICB ever under the region);</li>
 * <li>revisions superseded within their year: only each year's latest revision and latest approved revision
 *     are kept (what {@code CountingFacts.latestPerYear} chooses from), and for {@code EPR_LIVE}, which judges the
 *     latest year alone, only that year's;</li>
 * <li>programme statuses, unless the metric is {@code FOUNDATIONAL} (the only one that reads them);</li>
 * <li>capability declarations, unless the metric is {@code CAPABILITY} (the only one that reads them).</li>
 * </ul>
 */
@Component
public class TargetFacts {

    /** What one evaluation reads: the population's types, the scope, and the dates it is evaluated on. */
    public record Selection(Metric metric, Collection<OrganisationType> population, Scope scope,
                            Collection<LocalDate> dates) {
    }

    private static final String CHOSEN = """
            select o.ods_code from read_model.organisation o
            where %s and (o.type in ('REGION', 'ICB') or (o.type in (:types)
              and (o.opened_on is null or o.opened_on <= :last)
              and not (o.closed_on is not null and o.closed_on <= :first and %s)
              and (cast(:kind as text) = 'NATIONAL'
                or (cast(:kind as text) = 'ICB' and exists (select 1 from read_model.organisation_parent p
                      where p.ods_code = o.ods_code and p.parent_code = :code))
                or (cast(:kind as text) = 'REGION' and exists (select 1 from read_model.organisation_parent p
                      join read_model.organisation_parent q on q.ods_code = p.parent_code
                      where p.ods_code = o.ods_code and q.parent_code = :code)))))"""
            .formatted(Sql.knownBy("o.registered_at"), Sql.knownBy("o.closed_recorded_at"));

    /** Each year's latest known revision, and its latest known approved one; :years 'LATEST': the latest year's. */
    private static final String SUBMISSIONS = """
            with known as (
              select ods_code, year, revision, assessed_on, epr_status, epr_live_since, core_capability, foundational,
                     approved_at is not null and %s as approved,
                     case when cast(:latest as boolean) then 0 else year end as judged
              from read_model.assessment_submission
              where ods_code in (%s) and %s)
            (select distinct on (ods_code, judged) * from known
              order by ods_code, judged, year desc, revision desc)
            union
            (select distinct on (ods_code, judged) * from known where approved
              order by ods_code, judged, year desc, revision desc)"""
            .formatted(Sql.knownBy("coalesce(approval_recorded_at, approved_at)"), CHOSEN, Sql.knownBy("recorded_at"));

    private final NamedParameterJdbcTemplate jdbc;

    public TargetFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations a target evaluation could count or place, with what it could count of them. */
    public List<OrganisationFacts> organisations(Instant knownAt, Selection selection) {
        if (selection.population().isEmpty()) {
            return List.of(); // a REPORTED target counts no organisation
        }
        MapSqlParameterSource p = parameters(knownAt, selection).addValue("latest", selection.metric() == Metric.EPR_LIVE);
        Map<String, List<ParentAssignment>> parents = parents(p);
        Map<String, Map<ProgrammeStatus, LocalDate>> statuses = new HashMap<>();
        if (selection.metric() == Metric.FOUNDATIONAL) {
            jdbc.query("select ods_code, status, awarded_on from read_model.programme_status where ods_code in ("
                    + CHOSEN + ") and " + Sql.knownBy("recorded_at"), p, rs -> {
                statuses.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ProgrammeStatus.class))
                        .put(ProgrammeStatus.valueOf(rs.getString(2)), Sql.date(rs, "awarded_on"));
            });
        }
        Map<String, List<DeclaredStatus>> declarations = new HashMap<>();
        if (selection.metric() == Metric.CAPABILITY) {
            jdbc.query("select ods_code, capability, status, effective_from from read_model.capability_declaration"
                    + " where ods_code in (" + CHOSEN + ") and " + Sql.knownBy("recorded_at"), p, rs -> {
                declarations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DeclaredStatus(
                        Capability.valueOf(rs.getString(2)), CapabilityStatus.valueOf(rs.getString(3)),
                        Sql.date(rs, "effective_from")));
            });
        }
        Map<String, List<SubmittedRevision>> submissions = new HashMap<>();
        jdbc.query(SUBMISSIONS, p, rs -> {
            submissions.computeIfAbsent(rs.getString("ods_code"), k -> new ArrayList<>()).add(
                    new SubmittedRevision(rs.getInt("year"), rs.getInt("revision"),
                            Sql.date(rs, "assessed_on"), EprStatus.valueOf(rs.getString("epr_status")),
                            Sql.date(rs, "epr_live_since"), rs.getBoolean("core_capability"),
                            rs.getBoolean("foundational"), rs.getBoolean("approved")));
        });
        return rows(p, parents, statuses, submissions, declarations);
    }

    /**
     * What places organisations in a scope, and nothing they could be counted by: the organisations of the
     * selection's population that could sit in its scope on its dates, every region and ICB, and their parents
     * (what a summary reads, with each organisation's result of the year read apart).
     */
    public List<OrganisationFacts> placed(Instant knownAt, Selection selection) {
        if (selection.population().isEmpty() || selection.dates().isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource p = parameters(knownAt, selection);
        return rows(p, parents(p), Map.of(), Map.of(), Map.of());
    }

    private static MapSqlParameterSource parameters(Instant knownAt, Selection selection) {
        TreeSet<LocalDate> dates = new TreeSet<>(selection.dates());
        return new MapSqlParameterSource("t", Sql.timestamp(knownAt))
                .addValue("types", selection.population().stream().map(Enum::name).toList())
                .addValue("first", dates.first()).addValue("last", dates.last())
                .addValue("kind", selection.scope().kind().name())
                .addValue("code", selection.scope().code() == null ? null : selection.scope().code().value());
    }

    private Map<String, List<ParentAssignment>> parents(MapSqlParameterSource p) {
        Map<String, List<ParentAssignment>> parents = new HashMap<>();
        jdbc.query("select ods_code, parent_code, effective_from from read_model.organisation_parent where ods_code in ("
                + CHOSEN + ") and " + Sql.knownBy("recorded_at") + " order by ods_code, sequence_number", p, rs -> {
            parents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new ParentAssignment(OdsCode.of(rs.getString(2)), Sql.date(rs, "effective_from")));
        });
        return parents;
    }

    private List<OrganisationFacts> rows(MapSqlParameterSource p, Map<String, List<ParentAssignment>> parents,
                                         Map<String, Map<ProgrammeStatus, LocalDate>> statuses,
                                         Map<String, List<SubmittedRevision>> submissions,
                                         Map<String, List<DeclaredStatus>> declarations) {
        return jdbc.query("select ods_code, name, type, opened_on, case when " + Sql.knownBy("closed_recorded_at")
                + " then closed_on end as closed_on from read_model.organisation where ods_code in (" + CHOSEN + ")",
                p, (rs, i) -> {
                    String ods = rs.getString("ods_code");
                    return new OrganisationFacts(ods, rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
                            Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"), parents.getOrDefault(ods, List.of()),
                            statuses.getOrDefault(ods, Map.of()), submissions.getOrDefault(ods, List.of()),
                            declarations.getOrDefault(ods, List.of()));
                });
    }
}
