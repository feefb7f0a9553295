package uk.nhs.dma.projections.bulk;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.bulk.ResultRow;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/**
 * Each assessment's latest submitted revision as a line of the bulk file: what a year exports, and what an import
 * compares a line with to tell that it is already stored. Read from the read models, streamed with a cursor.
 */
@Component
public class ResultRows {

    private static final String LATEST = """
            select s.ods_code, s.year, s.framework_id, s.assessed_on, s.answers, s.epr_status, s.epr_supplier,
                   s.epr_live_since, s.submitted_by, s.approved_by, s.board_date
            from read_model.assessment a
            join read_model.assessment_submission s
              on s.assessment_id = a.assessment_id and s.revision = a.latest_submitted_revision""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public ResultRows(javax.sql.DataSource dataSource, org.springframework.transaction.PlatformTransactionManager tx) {
        org.springframework.jdbc.core.JdbcTemplate cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        cursor.setFetchSize(500); // in a transaction PostgreSQL then sends the rows 500 at a time
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
    }

    /** Every result of the year, by organisation code, a row at a time (a cursor: never the whole year in memory). */
    public void forEachOfYear(int year, Consumer<ResultRow> consumer) {
        readOnly.executeWithoutResult(status -> {
            jdbc.query(LATEST + " where a.year = :year order by a.ods_code", new MapSqlParameterSource("year", year),
                    rs -> {
                        consumer.accept(row(rs));
                    });
        });
    }

    /** The stored result of one assessment, if it has a submitted revision. */
    public Optional<ResultRow> of(String assessmentId) {
        return jdbc.query(LATEST + " where a.assessment_id = :id", new MapSqlParameterSource("id", assessmentId),
                (rs, i) -> row(rs)).stream().findFirst();
    }

    /** The question ids of the year's frameworks, in each one's published order (frameworks by id). */
    public List<String> questionIdsOfYear(int year) {
        return jdbc.queryForList("""
                select q.value->>'id' from read_model.framework f,
                       jsonb_array_elements(f.definition->'questions') with ordinality as q(value, n)
                where f.assessment_year = :year order by f.framework_id, q.n""",
                new MapSqlParameterSource("year", year), String.class).stream().distinct().toList();
    }

    /** Whether some published framework has a question with this id. */
    public boolean isQuestion(String questionId) {
        Boolean known = jdbc.queryForObject("""
                select exists (select 1 from read_model.framework f,
                               jsonb_array_elements(f.definition->'questions') as q(value)
                               where q.value->>'id' = :id)""", new MapSqlParameterSource("id", questionId), Boolean.class);
        return Boolean.TRUE.equals(known);
    }

    private static ResultRow row(ResultSet rs) throws SQLException {
        List<Answer> answers = Json.read(rs.getString("answers"), new TypeReference<List<Answer>>() {
        });
        TreeMap<String, Integer> byQuestion = new TreeMap<>();
        answers.forEach(a -> byQuestion.put(a.questionId(), a.score()));
        return new ResultRow(rs.getString("ods_code"), rs.getInt("year"), rs.getString("framework_id"),
                Sql.date(rs, "assessed_on"), byQuestion, EprStatus.valueOf(rs.getString("epr_status")),
                rs.getString("epr_supplier"), Sql.date(rs, "epr_live_since"), rs.getString("submitted_by"),
                rs.getString("approved_by"), Sql.date(rs, "board_date"));
    }
}
