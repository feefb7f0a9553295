package uk.nhs.dma.projections.assessment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import uk.nhs.dma.core.common.MetaDataKeys;
import java.time.Instant;
import uk.nhs.dma.projections.support.Sql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.AssessmentEvent;
import uk.nhs.dma.projections.support.Stamp;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersConfirmed;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.EvidenceAttached;
import uk.nhs.dma.core.assessment.EvidenceWithdrawn;
import uk.nhs.dma.core.assessment.AssessmentApproved;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentReopened;
import uk.nhs.dma.core.assessment.AssessmentReturned;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.AssessmentWithdrawn;
import uk.nhs.dma.core.assessment.EprDeclared;
import uk.nhs.dma.projections.support.BatchWrites;
import uk.nhs.dma.projections.support.Json;

/**
 * Each assessment's current revision, and every submitted revision kept beside it. Updates are guarded by
 * the aggregate's sequence number, so a redelivered event changes nothing. A start after a withdrawal begins the
 * row again.
 */
@Component
@ProcessingGroup(AssessmentProjection.NAME)
public class AssessmentProjection implements AssessmentEvent.Handler<Stamp> {

    public static final String NAME = "assessments";

    private static final String KEEP_VIEW = """
            insert into read_model.assessment_version (assessment_id, version, recorded_at, view)
            values (:id, :version, :at, cast(:view as json)) on conflict do nothing""";

    private final NamedParameterJdbcTemplate jdbc;
    private final EvidenceRows evidence;

    public AssessmentProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.evidence = new EvidenceRows(jdbc);
    }

    /** Every assessment event, each to its own method below: a new event does not compile until handled. */
    @EventHandler
    public void on(AssessmentEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(MetaDataKeys.USER) String user) {
        event.dispatch(this, new Stamp(sequence, at, user));
    }

    /** The same for an event with no user (as a test delivers it). */
    public void on(AssessmentEvent event, long sequence, Instant at) {
        on(event, sequence, at, null);
    }

    @Override
    public void on(AssessmentStarted event, Stamp stamp) {
        evidence.started(event, stamp);
        Map<String, Answer> carried = new LinkedHashMap<>();
        event.carriedAnswers().forEach(a -> carried.put(a.questionId(), a));
        MapSqlParameterSource params = new MapSqlParameterSource("id", event.assessmentId().value())
                .addValue("ods", event.odsCode().value())
                .addValue("year", event.year())
                .addValue("framework", event.frameworkId().value())
                .addValue("assessedOn", event.assessedOn())
                .addValue("revision", event.revision())
                .addValue("answers", Json.write(carried))
                .addValue("version", stamp.sequence());
        String carriedRows = EvidenceRows.carried(event, params);
        changed(event.assessmentId(), stamp, """
                with a as (insert into read_model.assessment (assessment_id, ods_code, year, framework_id, assessed_on, status,
                revision, answers, version) values (:id, :ods, :year, :framework, :assessedOn, 'DRAFT', :revision,
                cast(:answers as jsonb), :version)
                on conflict (assessment_id) do update set framework_id = excluded.framework_id,
                assessed_on = excluded.assessed_on, status = 'DRAFT', revision = excluded.revision,
                answers = excluded.answers, epr = null, latest_submitted_revision = null, version = excluded.version
                where read_model.assessment.version < excluded.version returning *)"""
                + (carriedRows == null ? "" : ", " + carriedRows), params);
    }

    @Override
    public void on(AnswersRecorded event, Stamp stamp) {
        Map<String, Answer> byQuestion = new LinkedHashMap<>();
        event.answers().forEach(a -> byQuestion.put(a.questionId(), a));
        MapSqlParameterSource params = new MapSqlParameterSource("answers", Json.write(byQuestion));
        update(event.assessmentId(), stamp, "answers = answers || cast(:answers as jsonb)", params,
                EvidenceRows.recorded(event, stamp, params));
    }

    @Override
    public void on(EprDeclared event, Stamp stamp) {
        update(event.assessmentId(), stamp, "epr = cast(:epr as jsonb)",
                new MapSqlParameterSource("epr", Json.write(event.epr())));
    }

    @Override
    public void on(AssessmentSubmitted event, Stamp stamp) {
        jdbc.update("""
                with s as (insert into read_model.assessment_submission (assessment_id, revision, ods_code, year, framework_id,
                assessed_on, answers, epr_status, epr_supplier, epr_live_since, measure_scores, overall_score, rules,
                core_capability, foundational, submitted_by, submitted_at, recorded_at)
                values (:id, :revision, :ods, :year, :framework, :assessedOn, cast(:answers as jsonb), :eprStatus,
                :supplier, :liveSince, cast(:measures as jsonb), :overall, cast(:rules as jsonb), :core, :foundational,
                :by, :at, :recordedAt) on conflict do nothing) """ + DomainScoreRows.INSERT_ALL,
                new MapSqlParameterSource("id", event.assessmentId().value())
                        .addValue("revision", event.revision())
                        .addValue("ods", event.odsCode().value())
                        .addValue("year", event.year())
                        .addValue("framework", event.frameworkId().value())
                        .addValue("assessedOn", event.assessedOn())
                        .addValue("answers", Json.write(event.answers()))
                        .addValue("eprStatus", event.epr().status().name())
                        .addValue("supplier", event.epr().supplier())
                        .addValue("liveSince", event.epr().liveSince())
                        .addValue("measures", Json.write(event.scores().measures()))
                        .addValue("overall", event.scores().overall())
                        .addValue("rules", Json.write(event.rules()))
                        .addValue("core", event.coreCapability())
                        .addValue("foundational", event.foundational())
                        .addValue("by", event.submittedBy())
                        .addValue("at", OffsetDateTime.ofInstant(event.submittedAt(), ZoneOffset.UTC))
                        .addValue("recordedAt", Sql.timestamp(stamp.at()))
                        .addValue("domains", Json.write(event.scores().domains())));
        update(event.assessmentId(), stamp, "status = 'SUBMITTED', latest_submitted_revision = :revision",
                new MapSqlParameterSource("revision", event.revision()));
    }

    @Override
    public void on(AssessmentApproved event, Stamp stamp) {
        jdbc.update("""
                update read_model.assessment_submission set approved_by = :by, approved_at = :at, board_date = :board,
                approval_recorded_at = :recordedAt where assessment_id = :id and revision = :revision""",
                new MapSqlParameterSource("id", event.assessmentId().value())
                        .addValue("recordedAt", Sql.timestamp(stamp.at()))
                        .addValue("revision", event.revision())
                        .addValue("by", event.approvedBy())
                        .addValue("at", OffsetDateTime.ofInstant(event.approvedAt(), ZoneOffset.UTC))
                        .addValue("board", event.boardDate()));
        update(event.assessmentId(), stamp, "status = 'APPROVED'", new MapSqlParameterSource());
    }

    @Override
    public void on(AssessmentReturned event, Stamp stamp) {
        startRevision(event.assessmentId(), stamp, event.newRevision());
    }

    @Override
    public void on(AssessmentReopened event, Stamp stamp) {
        startRevision(event.assessmentId(), stamp, event.newRevision());
    }

    /** Shown as WITHDRAWN; never submitted, it has no submission to count. A new start replaces the row. */
    @Override
    public void on(AssessmentWithdrawn event, Stamp stamp) {
        update(event.assessmentId(), stamp, "status = '" + AssessmentStatus.WITHDRAWN + "'",
                new MapSqlParameterSource());
    }

    @Override
    public void on(EvidenceAttached event, Stamp stamp) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        update(event.assessmentId(), stamp, "revision = revision", params, EvidenceRows.attached(event, stamp, params));
    }

    @Override
    public void on(EvidenceWithdrawn event, Stamp stamp) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        update(event.assessmentId(), stamp, "revision = revision", params, EvidenceRows.withdrawn(event, stamp, params));
    }

    @Override
    public void on(AnswersConfirmed event, Stamp stamp) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        update(event.assessmentId(), stamp, "revision = revision", params, EvidenceRows.confirmed(event, stamp, params));
    }

    /**
     * After each of its events, the assessment as its GET shows it is kept, stamped with the event's time, so the
     * GET can be answered as of any earlier instant. The change returns the changed row (none for an event seen
     * before) and it is read as the GET reads it, in the same statement; the kept views go with the batch.
     */
    private void changed(AssessmentId id, Stamp stamp, String change, MapSqlParameterSource params) {
        jdbc.query(change + " " + AssessmentQueries.VIEW_OF_A.formatted("a"), params,
                        (rs, i) -> AssessmentQueries.view(rs))
                .forEach(view -> BatchWrites.add(jdbc, KEEP_VIEW, new MapSqlParameterSource("id", id.value())
                        .addValue("version", stamp.sequence()).addValue("at", Sql.timestamp(stamp.at()))
                        .addValue("view", Json.write(view))));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute(
                "truncate read_model.assessment, read_model.assessment_submission, read_model.assessment_version,"
                        + " read_model.assessment_domain_score, read_model.evidence, read_model.carried_answer");
    }

    private void startRevision(AssessmentId id, Stamp stamp, int revision) {
        update(id, stamp, "status = '" + AssessmentStatus.DRAFT + "', revision = :revision",
                new MapSqlParameterSource("revision", revision));
    }

    private void update(AssessmentId id, Stamp stamp, String assignments, MapSqlParameterSource params) {
        update(id, stamp, assignments, params, null);
    }

    /**
     * The row's change {@code a} (only when the event is new to it), then {@code also} (a further clause of the
     * same statement that writes only when {@code a} returned the row, or null), then the view read back: one
     * statement.
     */
    private void update(AssessmentId id, Stamp stamp, String assignments, MapSqlParameterSource params,
                        String also) {
        changed(id, stamp, "with a as (update read_model.assessment set " + assignments + ", version = :version"
                        + " where assessment_id = :id and version < :version returning *)"
                        + (also == null ? "" : ", " + also),
                params.addValue("id", id.value()).addValue("version", stamp.sequence()));
    }
}
