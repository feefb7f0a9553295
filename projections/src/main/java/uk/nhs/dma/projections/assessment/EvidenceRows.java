package uk.nhs.dma.projections.assessment;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersConfirmed;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceAttached;
import uk.nhs.dma.core.assessment.EvidenceWithdrawn;
import uk.nhs.dma.projections.support.Sql;
import uk.nhs.dma.projections.support.Stamp;

/**
 * The evidence and carried-answer rows of the assessment projection. Each write is guarded so that a redelivered
 * event changes nothing: each method is called before the assessment row takes the event's sequence number, and
 * does nothing for an event that row has already seen.
 */
final class EvidenceRows {

    private final NamedParameterJdbcTemplate jdbc;

    EvidenceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A start (again, after a withdrawal) begins from nothing, then holds what it carried forward. */
    void started(AssessmentStarted event, Stamp stamp) {
        if (seen(event.assessmentId().value(), stamp)) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("id", event.assessmentId().value())
                .addValue("version", stamp.sequence());
        jdbc.update("delete from read_model.evidence where assessment_id = :id and version < :version", params);
        jdbc.update("delete from read_model.carried_answer where assessment_id = :id and version < :version", params);
        for (Answer answer : event.carriedAnswers()) {
            jdbc.update("""
                    insert into read_model.carried_answer (assessment_id, question_id, carried_from, version)
                    values (:id, :question, :from, :version) on conflict do nothing""",
                    new MapSqlParameterSource(params.getValues()).addValue("question", answer.questionId())
                            .addValue("from", event.carriedFrom().value()));
        }
    }

    void attached(EvidenceAttached event, Stamp stamp) {
        if (seen(event.assessmentId().value(), stamp)) {
            return;
        }
        Evidence item = event.evidence();
        MapSqlParameterSource params = new MapSqlParameterSource("id", event.assessmentId().value())
                .addValue("evidence", item.evidenceId())
                .addValue("question", item.questionId())
                .addValue("kind", item.kind().name())
                .addValue("title", item.title())
                .addValue("link", item.link())
                .addValue("note", item.note())
                .addValue("sha", item.file() == null ? null : item.file().sha256())
                .addValue("size", item.file() == null ? null : item.file().size())
                .addValue("type", item.file() == null ? null : item.file().contentType())
                .addValue("name", item.file() == null ? null : item.file().fileName())
                .addValue("effective", item.effectiveOn())
                .addValue("expires", item.expiresOn())
                .addValue("by", event.addedBy())
                .addValue("at", Sql.timestamp(stamp.at()))
                .addValue("revision", event.revision())
                .addValue("from", event.carriedFrom() == null ? null : event.carriedFrom().value())
                .addValue("version", stamp.sequence());
        jdbc.update("""
                insert into read_model.evidence (assessment_id, evidence_id, question_id, kind, title, link, note,
                sha256, size, content_type, file_name, effective_on, expires_on, added_by, added_at, revision,
                carried_from, version) values (:id, :evidence, :question, :kind, :title, :link, :note, :sha, :size,
                :type, :name, :effective, :expires, :by, :at, :revision, :from, :version)
                on conflict do nothing""", params);
    }

    void withdrawn(EvidenceWithdrawn event, Stamp stamp) {
        if (seen(event.assessmentId().value(), stamp)) {
            return;
        }
        jdbc.update("""
                update read_model.evidence set withdrawn_by = :by, withdrawn_at = :at, withdrawal_reason = :reason
                where assessment_id = :id and evidence_id = :evidence and withdrawn_at is null""",
                new MapSqlParameterSource("id", event.assessmentId().value())
                        .addValue("evidence", event.evidenceId())
                        .addValue("by", event.withdrawnBy())
                        .addValue("at", Sql.timestamp(stamp.at()))
                        .addValue("reason", event.reason()));
    }

    void confirmed(AnswersConfirmed event, Stamp stamp) {
        settle(event.assessmentId().value(), event.questionIds(), "CONFIRMED", event.confirmedBy(), stamp);
    }

    /** Recording a carried answer again settles it as changed (the answer's own history says by whom). */
    void recorded(AnswersRecorded event, Stamp stamp) {
        settle(event.assessmentId().value(), event.answers().stream().map(Answer::questionId).toList(), "CHANGED",
                stamp.user(), stamp);
    }

    private boolean seen(String id, Stamp stamp) {
        return jdbc.queryForObject("select count(*) from read_model.assessment where assessment_id = :id"
                + " and version >= :version", new MapSqlParameterSource("id", id)
                .addValue("version", stamp.sequence()), Integer.class) > 0;
    }

    private void settle(String id, java.util.List<String> questions, String how, String by, Stamp stamp) {
        if (seen(id, stamp)) {
            return;
        }
        jdbc.update("""
                update read_model.carried_answer set settled = :how, settled_by = :by, settled_at = :at
                where assessment_id = :id and question_id in (:questions) and settled is null
                and version < :version""",
                new MapSqlParameterSource("id", id).addValue("questions", questions).addValue("how", how)
                        .addValue("by", by).addValue("at", Sql.timestamp(stamp.at()))
                        .addValue("version", stamp.sequence()));
    }
}
