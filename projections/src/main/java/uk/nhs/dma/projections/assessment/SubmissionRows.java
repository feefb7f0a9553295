package uk.nhs.dma.projections.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/** Each assessment's latest submitted revision, as read by the trajectory and the summaries. */
@Component
public class SubmissionRows {

    /** Each assessment's latest revision submitted by :t (null: now), and its status then. */
    private static final String LATEST = """
            select a.assessment_id, a.ods_code, a.year, s.revision, s.measure_scores, s.overall_score,
                   s.core_capability, s.foundational, s.epr_status, s.epr_live_since,
                   cast(s.rules->'coreCapability'->>'minMeasureScore' as numeric) as core_minimum,
                   (select v.view->>'status' from read_model.assessment_version v
                     where v.assessment_id = a.assessment_id
                       and (cast(:t as timestamptz) is null or v.recorded_at <= :t)
                     order by v.version desc limit 1) as status
            from read_model.assessment a
            join read_model.assessment_submission s
              on s.assessment_id = a.assessment_id
             and s.revision = (select max(s2.revision) from read_model.assessment_submission s2
                               where s2.assessment_id = a.assessment_id
                                 and (cast(:t as timestamptz) is null or s2.recorded_at <= :t))""";

    public record Latest(String assessmentId, String odsCode, int year, String status, int revision,
                         Map<String, BigDecimal> measures, BigDecimal overall, boolean coreCapability,
                         boolean foundational, String eprStatus, LocalDate liveSince, BigDecimal coreMinimum) {
    }

    /** The most organisations {@link #latestOfYear(int, Instant, java.util.Collection)} names in its statement. */
    static final int LISTED = 2000;

    private final NamedParameterJdbcTemplate jdbc;

    public SubmissionRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per organisation, its assessment of the year, if one has been submitted (as known now). */
    public Map<String, Latest> latestOfYear(int year) {
        return latestOfYear(year, null);
    }

    /** One organisation's submitted years, oldest first (as known now). */
    public List<Latest> yearsOf(String odsCode) {
        return yearsOf(odsCode, null);
    }

    /** Per organisation, its assessment of the year, if one had been submitted by knownAt (null: now). */
    public Map<String, Latest> latestOfYear(int year, Instant knownAt) {
        return jdbc.query(LATEST + " where a.year = :year", new MapSqlParameterSource("year", year)
                        .addValue("t", Sql.timestamp(knownAt)), (rs, i) -> row(rs))
                .stream().collect(Collectors.toMap(Latest::odsCode, Function.identity()));
    }

    /**
     * As {@link #latestOfYear(int, Instant)}, for the organisations named only (more than {@value #LISTED} are read
     * with the whole year and picked here, since a statement takes at most 32,767 parameters).
     */
    public Map<String, Latest> latestOfYear(int year, Instant knownAt, java.util.Collection<String> odsCodes) {
        if (odsCodes.isEmpty()) {
            return Map.of();
        }
        if (odsCodes.size() > LISTED) {
            java.util.Set<String> named = java.util.Set.copyOf(odsCodes);
            Map<String, Latest> all = new java.util.HashMap<>(latestOfYear(year, knownAt));
            all.keySet().retainAll(named);
            return all;
        }
        return jdbc.query(LATEST + " where a.year = :year and a.ods_code in (:codes)", new MapSqlParameterSource("year", year)
                        .addValue("t", Sql.timestamp(knownAt)).addValue("codes", List.copyOf(odsCodes)),
                        (rs, i) -> row(rs))
                .stream().collect(Collectors.toMap(Latest::odsCode, Function.identity()));
    }

    /** One organisation's submitted years, oldest first. */
    public List<Latest> yearsOf(String odsCode, Instant knownAt) {
        return jdbc.query(LATEST + " where a.ods_code = :ods order by a.year", new MapSqlParameterSource("ods", odsCode)
                .addValue("t", Sql.timestamp(knownAt)), (rs, i) -> row(rs));
    }

    private static Latest row(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> measures = AssessmentQueries.inWgllOrder(Json.read(rs.getString("measure_scores"),
                new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                }));
        return new Latest(rs.getString("assessment_id"), rs.getString("ods_code"), rs.getInt("year"),
                rs.getString("status"), rs.getInt("revision"), measures, rs.getBigDecimal("overall_score"),
                rs.getBoolean("core_capability"), rs.getBoolean("foundational"), rs.getString("epr_status"),
                Sql.date(rs, "epr_live_since"), rs.getBigDecimal("core_minimum"));
    }
}
