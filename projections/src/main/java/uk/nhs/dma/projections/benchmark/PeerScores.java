package uk.nhs.dma.projections.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.projections.register.HierarchyCache;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/**
 * What peer benchmarks read: the register's hierarchy as known at an instant, and the scores of the latest revision
 * of a year submitted by then of organisations of the given types only (the peers), nothing else.
 */
@Component
public class PeerScores {

    private static final String SCORES = """
            select s.assessment_id, s.ods_code, o.name, o.type, s.revision, s.measure_scores, s.overall_score
            from read_model.assessment_submission s
            join read_model.organisation o on o.ods_code = s.ods_code
            where s.year = :year and o.type in (:types) and %s and %s
              and s.revision = (select max(s2.revision) from read_model.assessment_submission s2
                                where s2.assessment_id = s.assessment_id and %s)
            order by s.ods_code""".formatted(Sql.knownBy("s.recorded_at"), Sql.knownBy("o.registered_at"),
            Sql.knownBy("s2.recorded_at"));

    /** One peer's latest submitted revision of the year. */
    public record Score(String odsCode, String name, OrganisationType type, String assessmentId, int revision,
                        Map<String, BigDecimal> measures, BigDecimal overall) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final HierarchyCache cache;

    public PeerScores(NamedParameterJdbcTemplate jdbc, HierarchyCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** The scores of the year's latest submitted revisions of organisations of these types, as known at knownAt. */
    public List<Score> of(int year, Set<OrganisationType> types, Instant knownAt) {
        return jdbc.query(SCORES, new MapSqlParameterSource("year", year)
                .addValue("types", types.stream().map(Enum::name).toList())
                .addValue("t", Sql.timestamp(knownAt)), (rs, i) -> new Score(rs.getString("ods_code"),
                rs.getString("name"), OrganisationType.valueOf(rs.getString("type")), rs.getString("assessment_id"),
                rs.getInt("revision"), Json.read(rs.getString("measure_scores"),
                new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                }), rs.getBigDecimal("overall_score")));
    }

    /** The register's hierarchy as known at an instant (null: now, from the cache). */
    public Hierarchy hierarchy(Instant knownAt) {
        if (knownAt == null) {
            return cache.current();
        }
        var parents = HierarchyCache.parents(jdbc, knownAt);
        return Hierarchy.of(jdbc.query("select ods_code, type, opened_on, case when "
                        + Sql.knownBy("closed_recorded_at") + " then closed_on end as closed_on"
                        + " from read_model.organisation where " + Sql.knownBy("registered_at"),
                new MapSqlParameterSource("t", Sql.timestamp(knownAt)), (rs, i) ->
                        new Hierarchy.Node(OdsCode.of(rs.getString(1)), OrganisationType.valueOf(rs.getString(2)),
                                Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"),
                                parents.getOrDefault(rs.getString(1), List.of()))));
    }
}
