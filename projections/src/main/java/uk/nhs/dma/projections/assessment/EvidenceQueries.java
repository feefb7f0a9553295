package uk.nhs.dma.projections.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.AssessmentEvidenceView;
import uk.nhs.dma.core.assessment.CarriedAnswerView;
import uk.nhs.dma.core.assessment.EvidenceFile;
import uk.nhs.dma.core.assessment.EvidenceKind;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.FindEvidence;
import uk.nhs.dma.projections.support.Sql;

/** An assessment's evidence, in the order it was added, and the answers it carried forward. */
@Component
public class EvidenceQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public EvidenceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<AssessmentEvidenceView> handle(FindEvidence query) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", query.assessmentId().value());
        if (jdbc.queryForObject("select count(*) from read_model.assessment where assessment_id = :id", id,
                Integer.class) == 0) {
            return Optional.empty();
        }
        List<EvidenceView> items = jdbc.query("select * from read_model.evidence where assessment_id = :id"
                + " order by version, evidence_id", id, (rs, i) -> item(rs));
        List<CarriedAnswerView> carried = jdbc.query("select * from read_model.carried_answer"
                + " where assessment_id = :id order by question_id", id, (rs, i) -> new CarriedAnswerView(
                rs.getString("question_id"), rs.getString("carried_from"), rs.getString("settled"),
                rs.getString("settled_by"), Sql.instant(rs, "settled_at")));
        return Optional.of(new AssessmentEvidenceView(query.assessmentId().value(), items, carried));
    }

    private static EvidenceView item(ResultSet rs) throws SQLException {
        String sha = rs.getString("sha256");
        EvidenceFile file = sha == null ? null : new EvidenceFile(sha, rs.getLong("size"),
                rs.getString("content_type"), rs.getString("file_name"));
        return new EvidenceView(rs.getString("evidence_id"), rs.getString("question_id"),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("link"),
                rs.getString("note"), file, Sql.date(rs, "effective_on"), Sql.date(rs, "expires_on"),
                rs.getString("added_by"), Sql.instant(rs, "added_at"), rs.getInt("revision"),
                rs.getString("carried_from"), rs.getString("withdrawn_by"), Sql.instant(rs, "withdrawn_at"),
                rs.getString("withdrawal_reason"));
    }
}
