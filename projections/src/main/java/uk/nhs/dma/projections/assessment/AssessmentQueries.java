package uk.nhs.dma.projections.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentPage;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindRevision;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

@Component
public class AssessmentQueries {

    /** The view's columns: rows {@code a} of the assessment table (or of a statement returning them). */
    static final String VIEW_OF_A = """
            select a.*, s.revision as s_revision, s.measure_scores, s.overall_score, s.core_capability,
                   s.foundational, s.submitted_by, s.submitted_at, s.approved_by, s.approved_at, s.board_date,
                   """ + DomainScoreRows.OF_REVISION.formatted("s.assessment_id", "s.revision") + """
             as domain_scores
            from %s a
            left join read_model.assessment_submission s
              on s.assessment_id = a.assessment_id and s.revision = a.latest_submitted_revision""";

    private static final String SELECT = VIEW_OF_A.formatted("read_model.assessment");

    private static final String FILTER = """
             where (cast(:ods as text) is null or a.ods_code = :ods)
               and (cast(:year as integer) is null or a.year = :year)
               and (cast(:status as text) is null or a.status = :status)""";

    private final NamedParameterJdbcTemplate jdbc;

    public AssessmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<AssessmentView> handle(FindAssessment query) {
        if (query.knownAt() != null) {
            return jdbc.query("""
                    select view from read_model.assessment_version where assessment_id = :id and recorded_at <= :t
                    order by version desc limit 1""", new MapSqlParameterSource("id", query.assessmentId().value())
                    .addValue("t", Sql.timestamp(query.knownAt())),
                    (rs, i) -> Json.read(rs.getString(1), AssessmentView.class)).stream().findFirst();
        }
        return jdbc.query(SELECT + " where a.assessment_id = :id",
                new MapSqlParameterSource("id", query.assessmentId().value()), (rs, i) -> view(rs)).stream().findFirst();
    }

    @QueryHandler
    public Optional<AssessmentView> handle(FindRevision query) {
        return jdbc.query("""
                select view from read_model.assessment_version
                where assessment_id = :id and cast(view ->> 'revision' as integer) = :revision
                order by version desc limit 1""", new MapSqlParameterSource("id", query.assessmentId().value())
                        .addValue("revision", query.revision()),
                (rs, i) -> Json.read(rs.getString(1), AssessmentView.class)).stream().findFirst();
    }

    @QueryHandler
    public AssessmentPage handle(ListAssessments query) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("ods", query.odsCode() == null ? null : query.odsCode().value())
                .addValue("year", query.year())
                .addValue("status", query.status() == null ? null : query.status().name())
                .addValue("limit", query.page().limit())
                .addValue("offset", query.page().offset());
        Long total = jdbc.queryForObject("select count(*) from read_model.assessment a " + FILTER, params, Long.class);
        List<AssessmentView> items = jdbc.query(SELECT + " " + FILTER + " order by a.ods_code, a.year limit :limit offset :offset",
                params, (rs, i) -> view(rs));
        return new AssessmentPage(items, total == null ? 0 : total);
    }

    /** jsonb keeps keys in its own order; answer in the framework's published order. */
    static Map<String, BigDecimal> inWgllOrder(Map<String, BigDecimal> scores) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        WgllMeasures.IDS.stream().filter(scores::containsKey).forEach(id -> ordered.put(id, scores.get(id)));
        scores.forEach(ordered::putIfAbsent);
        return ordered;
    }

    static AssessmentView view(ResultSet rs) throws SQLException {
        Map<String, Answer> answers = Json.read(rs.getString("answers"), new TypeReference<LinkedHashMap<String, Answer>>() {
        });
        Integer submitted = Sql.integer(rs, "s_revision");
        AssessmentView.ScoresView scores = submitted == null ? null : new AssessmentView.ScoresView(
                inWgllOrder(Json.read(rs.getString("measure_scores"),
                        new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                        })), rs.getBigDecimal("overall_score"), DomainScoreRows.read(rs, "domain_scores"));
        return new AssessmentView(rs.getString("assessment_id"), rs.getString("ods_code"), rs.getInt("year"),
                rs.getString("framework_id"), Sql.date(rs, "assessed_on"),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getInt("revision"),
                answers.values().stream().sorted((x, y) -> x.questionId().compareTo(y.questionId())).toList(),
                Json.read(rs.getString("epr"), EprDeclaration.class), submitted, scores,
                Sql.bool(rs, "core_capability"), Sql.bool(rs, "foundational"), rs.getString("submitted_by"),
                Sql.instant(rs, "submitted_at"), rs.getString("approved_by"), Sql.instant(rs, "approved_at"),
                Sql.date(rs, "board_date"), rs.getLong("version"));
    }
}
