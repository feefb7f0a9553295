package uk.nhs.dma.projections.assessment;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersConfirmed;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceAttached;
import uk.nhs.dma.core.assessment.EvidenceWithdrawn;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;
import uk.nhs.dma.projections.support.Stamp;

/**
 * The evidence and carried-answer rows of the assessment projection. Each write is guarded so that a redelivered
 * event changes nothing. A start clears the rows in its own statement before the assessment row takes the event's
 * sequence number, and does nothing for a start that row has already seen. Every other event's write is a clause
 * ({@code e}) of the statement that moves the assessment row ({@code a}, which returns the row only when the
 * event is new to it) and reads its view back: one round trip per event, the guard included.
 */
final class EvidenceRows {

    private final NamedParameterJdbcTemplate jdbc;

    EvidenceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A start (again, after a withdrawal) begins from nothing: one statement, which does nothing for a start the
     * assessment row has already seen. What it carried forward is added by {@link #carried}.
     */
    void started(AssessmentStarted event, Stamp stamp) {
        jdbc.update("""
                with fresh as (select 1 where not exists (select 1 from read_model.assessment where assessment_id = :id
                and version >= :version)),
                e as (delete from read_model.evidence where assessment_id = :id and version < :version
                and exists (select 1 from fresh))
                delete from read_model.carried_answer where assessment_id = :id and version < :version
                and exists (select 1 from fresh)""", new MapSqlParameterSource("id", event.assessmentId().value())
                .addValue("version", stamp.sequence()));
    }

    /** The answers a start carried forward, one row each, added when the row {@code a} is new to the start. */
    static String carried(AssessmentStarted event, MapSqlParameterSource params) {
        if (event.carriedAnswers().isEmpty()) {
            return null;
        }
        params.addValue("carriedFrom", event.carriedFrom().value()).addValue("carriedQuestions",
                Json.write(event.carriedAnswers().stream().map(Answer::questionId).toList()));
        return """
                c as (insert into read_model.carried_answer (assessment_id, question_id, carried_from, version)
                select a.assessment_id, q, cast(:carriedFrom as text), a.version
                from a, jsonb_array_elements_text(cast(:carriedQuestions as jsonb)) q on conflict do nothing)""";
    }

    /** The evidence row, added when the assessment row is new to the event (it has :id and :version). */
    static String attached(EvidenceAttached event, Stamp stamp, MapSqlParameterSource params) {
        Evidence item = event.evidence();
        params.addValue("evidence", item.evidenceId())
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
                .addValue("from", event.carriedFrom() == null ? null : event.carriedFrom().value());
        return """
                e as (insert into read_model.evidence (assessment_id, evidence_id, question_id, kind, title, link,
                note, sha256, size, content_type, file_name, effective_on, expires_on, added_by, added_at, revision,
                carried_from, version) select a.assessment_id, cast(:evidence as text), cast(:question as text),
                cast(:kind as text), cast(:title as text), cast(:link as text), cast(:note as text),
                cast(:sha as text), cast(:size as bigint), cast(:type as text), cast(:name as text),
                cast(:effective as date), cast(:expires as date), cast(:by as text), cast(:at as timestamptz),
                cast(:revision as integer), cast(:from as text), a.version from a on conflict do nothing)""";
    }

    static String withdrawn(EvidenceWithdrawn event, Stamp stamp, MapSqlParameterSource params) {
        params.addValue("evidence", event.evidenceId())
                .addValue("by", event.withdrawnBy())
                .addValue("at", Sql.timestamp(stamp.at()))
                .addValue("reason", event.reason());
        return """
                e as (update read_model.evidence set withdrawn_by = :by, withdrawn_at = :at,
                withdrawal_reason = :reason where assessment_id = :id and evidence_id = :evidence
                and withdrawn_at is null and exists (select 1 from a))""";
    }

    static String confirmed(AnswersConfirmed event, Stamp stamp, MapSqlParameterSource params) {
        return settle(event.questionIds(), "CONFIRMED", event.confirmedBy(), stamp, params);
    }

    /** Recording a carried answer again settles it as changed (the answer's own history says by whom). */
    static String recorded(AnswersRecorded event, Stamp stamp, MapSqlParameterSource params) {
        return settle(event.answers().stream().map(Answer::questionId).toList(), "CHANGED", stamp.user(), stamp,
                params);
    }

    private boolean seen(String id, Stamp stamp) {
        return jdbc.queryForObject("select count(*) from read_model.assessment where assessment_id = :id"
                + " and version >= :version", new MapSqlParameterSource("id", id)
                .addValue("version", stamp.sequence()), Integer.class) > 0;
    }

    private static String settle(List<String> questions, String how, String by, Stamp stamp,
                                 MapSqlParameterSource params) {
        if (questions.isEmpty()) {
            return null;
        }
        params.addValue("questions", questions).addValue("how", how).addValue("settledBy", by)
                .addValue("settledAt", Sql.timestamp(stamp.at()));
        return """
                e as (update read_model.carried_answer set settled = :how, settled_by = :settledBy,
                settled_at = :settledAt where assessment_id = :id and question_id in (:questions) and settled is null
                and version < :version and exists (select 1 from a))""";
    }
}
