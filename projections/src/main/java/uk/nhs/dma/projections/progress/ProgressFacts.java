package uk.nhs.dma.projections.progress;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetRevised;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.projections.register.HierarchyCache;
import uk.nhs.dma.projections.register.TargetProjection;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/** Reads, from the read model, the facts that target evaluation and summaries are computed from. */
@Component
public class ProgressFacts {

    private static final String KNOWN = Sql.KNOWN;

    private final NamedParameterJdbcTemplate jdbc;

    public ProgressFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every organisation with its history, as known now. */
    public List<OrganisationFacts> organisations() {
        return organisations(null);
    }

    public Optional<TargetHistory> target(String targetId) {
        return target(targetId, null);
    }

    public Optional<Integer> coreCapabilityDeadlineYear() {
        return coreCapabilityDeadlineYear(null);
    }

    /** Every organisation with its history, as known at an instant (null: now). */
    public List<OrganisationFacts> organisations(Instant knownAt) {
        MapSqlParameterSource t = new MapSqlParameterSource("t", Sql.timestamp(knownAt));
        Map<String, List<ParentAssignment>> parents = HierarchyCache.parents(jdbc, knownAt);
        Map<String, Map<ProgrammeStatus, java.time.LocalDate>> statuses = new HashMap<>();
        jdbc.query("select ods_code, status, awarded_on from read_model.programme_status where "
                + KNOWN.formatted("recorded_at"), t, rs -> {
            statuses.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ProgrammeStatus.class))
                    .put(ProgrammeStatus.valueOf(rs.getString(2)), Sql.date(rs, "awarded_on"));
        });
        Map<String, List<SubmittedRevision>> submissions = new HashMap<>();
        jdbc.query("""
                select ods_code, year, revision, assessed_on, epr_status, epr_live_since, core_capability, foundational,
                       approved_at is not null and %s as approved
                from read_model.assessment_submission where %s""".formatted(
                KNOWN.formatted("coalesce(approval_recorded_at, approved_at)"), KNOWN.formatted("recorded_at")), t, rs -> {
            submissions.computeIfAbsent(rs.getString("ods_code"), k -> new ArrayList<>()).add(
                    new SubmittedRevision(rs.getInt("year"), rs.getInt("revision"),
                            Sql.date(rs, "assessed_on"), EprStatus.valueOf(rs.getString("epr_status")),
                            Sql.date(rs, "epr_live_since"), rs.getBoolean("core_capability"),
                            rs.getBoolean("foundational"), rs.getBoolean("approved")));
        });
        Map<String, List<DeclaredStatus>> declarations = new HashMap<>();
        jdbc.query("select ods_code, capability, status, effective_from from read_model.capability_declaration where "
                + KNOWN.formatted("recorded_at"), t, rs -> {
            declarations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DeclaredStatus(
                    Capability.valueOf(rs.getString(2)), CapabilityStatus.valueOf(rs.getString(3)),
                    Sql.date(rs, "effective_from")));
        });
        return jdbc.query("select ods_code, name, type, opened_on, case when " + KNOWN.formatted("closed_recorded_at")
                        + " then closed_on end as closed_on from read_model.organisation where "
                        + KNOWN.formatted("registered_at"), t, (rs, i) -> {
                    String ods = rs.getString("ods_code");
                    return new OrganisationFacts(ods, rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
                            Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"), parents.getOrDefault(ods, List.of()),
                            statuses.getOrDefault(ods, Map.of()), submissions.getOrDefault(ods, List.of()),
                            declarations.getOrDefault(ods, List.of()));
                });
    }

    /** A target with the revisions recorded by an instant (null: now). */
    public Optional<TargetHistory> target(String targetId, Instant knownAt) {
        return jdbc.query("select definition from read_model.target where target_id = :id and "
                        + KNOWN.formatted("defined_at"),
                new MapSqlParameterSource("id", targetId).addValue("t", Sql.timestamp(knownAt)),
                (rs, i) -> Json.read(rs.getString(1), TargetDefined.class)).stream().findFirst()
                .map(definition -> new TargetHistory(definition, revisions(definition, knownAt),
                        TargetProjection.observations(jdbc, targetId, knownAt)));
    }

    /** The final milestone year of the first CORE_CAPABILITY target (its latest revision), if there is one. */
    public Optional<Integer> coreCapabilityDeadlineYear(Instant knownAt) {
        return jdbc.query("select target_id from read_model.target where definition->>'metric' = :metric and "
                        + KNOWN.formatted("defined_at") + " order by target_id limit 1",
                        new MapSqlParameterSource("metric", Metric.CORE_CAPABILITY.name())
                                .addValue("t", Sql.timestamp(knownAt)),
                        (rs, i) -> rs.getString(1)).stream().findFirst()
                .flatMap(id -> target(id, knownAt))
                .map(history -> {
                    List<TargetRevised> revisions = history.revisions();
                    var milestones = revisions.isEmpty() ? history.definition().milestones()
                            : revisions.get(revisions.size() - 1).milestones();
                    return milestones.get(milestones.size() - 1).dueBy().getYear();
                });
    }

    private List<TargetRevised> revisions(TargetDefined definition, Instant knownAt) {
        return jdbc.query("select revision_doc from read_model.target_revision where target_id = :id and "
                        + KNOWN.formatted("recorded_at") + " order by revision",
                new MapSqlParameterSource("id", definition.targetId().value()).addValue("t", Sql.timestamp(knownAt)),
                (rs, i) -> {
                    TargetView.Revision r = Json.read(rs.getString(1), new TypeReference<TargetView.Revision>() {
                    });
                    return new TargetRevised(definition.targetId(), r.revision(), r.effectiveFrom(), r.reason(),
                            r.source(), r.milestones(), r.countedEprStatuses(), r.countedAssessmentStatuses());
                });
    }
}
