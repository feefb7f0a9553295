package uk.nhs.dma.projections.progress;

import com.fasterxml.jackson.core.type.TypeReference;
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
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetRevised;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/** Reads, from the read model, the facts that target evaluation and summaries are computed from. */
@Component
public class ProgressFacts {

    private final NamedParameterJdbcTemplate jdbc;

    public ProgressFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrganisationFacts> organisations() {
        Map<String, List<ParentAssignment>> parents = new HashMap<>();
        jdbc.query("select ods_code, parent_code, effective_from from read_model.organisation_parent"
                + " order by ods_code, sequence_number", rs -> {
            parents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new ParentAssignment(OdsCode.of(rs.getString(2)), Sql.date(rs, "effective_from")));
        });
        Map<String, Map<ProgrammeStatus, java.time.LocalDate>> statuses = new HashMap<>();
        jdbc.query("select ods_code, status, awarded_on from read_model.programme_status", rs -> {
            statuses.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ProgrammeStatus.class))
                    .put(ProgrammeStatus.valueOf(rs.getString(2)), Sql.date(rs, "awarded_on"));
        });
        Map<String, List<OrganisationFacts.Submission>> submissions = new HashMap<>();
        jdbc.query("""
                select ods_code, year, revision, assessed_on, epr_status, epr_live_since, core_capability, foundational
                from read_model.assessment_submission""", rs -> {
            submissions.computeIfAbsent(rs.getString("ods_code"), k -> new ArrayList<>()).add(
                    new OrganisationFacts.Submission(rs.getInt("year"), rs.getInt("revision"),
                            Sql.date(rs, "assessed_on"), EprStatus.valueOf(rs.getString("epr_status")),
                            Sql.date(rs, "epr_live_since"), rs.getBoolean("core_capability"),
                            rs.getBoolean("foundational")));
        });
        return jdbc.query("select ods_code, name, type, opened_on, closed_on from read_model.organisation",
                (rs, i) -> {
                    String ods = rs.getString("ods_code");
                    return new OrganisationFacts(ods, rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
                            Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"), parents.getOrDefault(ods, List.of()),
                            statuses.getOrDefault(ods, Map.of()), submissions.getOrDefault(ods, List.of()));
                });
    }

    public Optional<TargetHistory> target(String targetId) {
        return jdbc.query("select definition from read_model.target where target_id = :id",
                new MapSqlParameterSource("id", targetId),
                (rs, i) -> Json.read(rs.getString(1), TargetDefined.class)).stream().findFirst()
                .map(definition -> new TargetHistory(definition, revisions(definition)));
    }

    /** The final milestone year of the first CORE_CAPABILITY target (its latest revision), if there is one. */
    public Optional<Integer> coreCapabilityDeadlineYear() {
        return jdbc.query("select target_id from read_model.target where definition->>'metric' = :metric"
                        + " order by target_id limit 1", new MapSqlParameterSource("metric", Metric.CORE_CAPABILITY.name()),
                        (rs, i) -> rs.getString(1)).stream().findFirst()
                .flatMap(this::target)
                .map(history -> {
                    List<TargetRevised> revisions = history.revisions();
                    var milestones = revisions.isEmpty() ? history.definition().milestones()
                            : revisions.get(revisions.size() - 1).milestones();
                    return milestones.get(milestones.size() - 1).dueBy().getYear();
                });
    }

    private List<TargetRevised> revisions(TargetDefined definition) {
        return jdbc.query("select revision_doc from read_model.target_revision where target_id = :id order by revision",
                new MapSqlParameterSource("id", definition.targetId().value()), (rs, i) -> {
                    TargetView.Revision r = Json.read(rs.getString(1), new TypeReference<TargetView.Revision>() {
                    });
                    return new TargetRevised(definition.targetId(), r.revision(), r.effectiveFrom(), r.reason(),
                            r.source(), r.milestones(), r.countedEprStatuses());
                });
    }
}
