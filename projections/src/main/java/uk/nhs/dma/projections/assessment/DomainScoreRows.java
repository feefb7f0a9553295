package uk.nhs.dma.projections.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/**
 * Each submitted revision's domain scores ({@code read_model.assessment_domain_score}), as the submission carried
 * them, in the framework's domain order. Written with the submission row, in the same unit of work, and read back
 * by the assessment's view in the same batch (so not held back like the kept views).
 */
public final class DomainScoreRows {

    /**
     * A revision's domain scores as a JSON object in the framework's order (json, not jsonb, keeps that order):
     * {@code %1$s} the assessment id column, {@code %2$s} the revision column; null when it has none.
     */
    static final String OF_REVISION = """
            (select json_object_agg(d.domain_id, d.score order by d.ordinal) from read_model.assessment_domain_score d
              where d.assessment_id = %1$s and d.revision = %2$s)""";

    /**
     * A submission's domain scores, one row each in the order of the JSON object {@code :domains} (json keeps
     * it), for submission {@code :id}, {@code :revision} recorded at {@code :recordedAt}; a redelivered submission
     * changes nothing. The tail of the statement that inserts the submission row.
     */
    static final String INSERT_ALL = """
            insert into read_model.assessment_domain_score (assessment_id, revision, ordinal, domain_id, score,
            recorded_at) select :id, :revision, d.ordinal - 1, d.key, cast(d.value as numeric), :recordedAt
            from json_each_text(cast(:domains as json)) with ordinality as d(key, value, ordinal)
            on conflict do nothing""";

    private DomainScoreRows() {
    }

    /** One revision's domain scores, in the framework's order (for the trajectory, beside its seven measures). */
    public static final class Reader {

        private final NamedParameterJdbcTemplate jdbc;

        public Reader(NamedParameterJdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public Map<String, BigDecimal> of(String assessmentId, int revision) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            jdbc.query("select domain_id, score from read_model.assessment_domain_score where assessment_id = :id"
                            + " and revision = :revision order by ordinal",
                    new MapSqlParameterSource("id", assessmentId).addValue("revision", revision),
                    rs -> {
                        scores.put(rs.getString(1), rs.getBigDecimal(2));
                    });
            return scores;
        }
    }

    /** The domain scores of a column holding {@link #OF_REVISION}'s JSON, in order; empty when null. */
    static Map<String, BigDecimal> read(ResultSet rs, String column) throws SQLException {
        String json = rs.getString(column);
        return json == null ? Map.of() : Json.read(json, new TypeReference<LinkedHashMap<String, BigDecimal>>() {
        });
    }
}
