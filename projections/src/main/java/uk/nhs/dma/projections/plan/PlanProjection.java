package uk.nhs.dma.projections.plan;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.plan.ActionAdded;
import uk.nhs.dma.core.plan.ActionRevised;
import uk.nhs.dma.core.plan.ActionStatusChanged;
import uk.nhs.dma.core.plan.PlanEvent;
import uk.nhs.dma.core.plan.PlanOpened;
import uk.nhs.dma.projections.assessment.AssessmentProjection;
import uk.nhs.dma.projections.support.Sql;
import uk.nhs.dma.projections.support.Stamp;

/**
 * Improvement plans, in the assessments' processing group: a plan rests on a submitted assessment and
 * planned-against-actual reads both, so they are reset and replayed together. Idempotent: rows are keyed by the
 * plan's event sequence, and a row already there is left alone.
 */
@Component
@ProcessingGroup(AssessmentProjection.NAME)
public class PlanProjection implements PlanEvent.Handler<Stamp> {

    private final NamedParameterJdbcTemplate jdbc;

    public PlanProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan event, each to its own method below: a new event does not compile until handled. */
    @EventHandler
    public void on(PlanEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(MetaDataKeys.USER) String user) {
        event.dispatch(this, new Stamp(sequence, at, user));
    }

    @Override
    public void on(PlanOpened event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.improvement_plan (plan_id, ods_code, year, measure_id, revision, score,
                    core_minimum, opened_at, opened_by)
                values (:plan, :ods, :year, :measure, :revision, :score, :core, :at, :by) on conflict do nothing""",
                stamped(event, stamp).addValue("ods", event.odsCode().value()).addValue("year", event.year())
                        .addValue("measure", event.measureId()).addValue("revision", event.revision())
                        .addValue("score", event.score()).addValue("core", event.coreMinimum()));
    }

    @Override
    public void on(ActionAdded event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.plan_action_version (plan_id, sequence_number, action, change, description,
                    owner, due_date, target_score, status, recorded_at, recorded_by)
                values (:plan, :seq, :action, 'ADDED', :description, :owner, :due, :target, 'PLANNED', :at, :by)
                on conflict do nothing""",
                stamped(event, stamp).addValue("action", event.action()).addValue("description", event.description())
                        .addValue("owner", event.owner()).addValue("due", event.dueDate())
                        .addValue("target", event.targetScore()));
    }

    @Override
    public void on(ActionStatusChanged event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.plan_action_version (plan_id, sequence_number, action, change, description,
                    owner, due_date, target_score, status, previous_status, note, recorded_at, recorded_by)
                select plan_id, :seq, action, 'STATUS', description, owner, due_date, target_score, :to, :from, :note,
                    :at, :by
                from read_model.plan_action_version
                where plan_id = :plan and action = :action and sequence_number < :seq
                order by sequence_number desc limit 1
                on conflict do nothing""",
                stamped(event, stamp).addValue("action", event.action()).addValue("to", event.to().name())
                        .addValue("from", event.from().name()).addValue("note", event.note()));
    }

    @Override
    public void on(ActionRevised event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.plan_action_version (plan_id, sequence_number, action, change, description,
                    owner, due_date, target_score, status, note, recorded_at, recorded_by)
                select plan_id, :seq, action, 'REVISED', :description, :owner, :due, :target, status, :note, :at, :by
                from read_model.plan_action_version
                where plan_id = :plan and action = :action and sequence_number < :seq
                order by sequence_number desc limit 1
                on conflict do nothing""",
                stamped(event, stamp).addValue("action", event.action()).addValue("description", event.description())
                        .addValue("owner", event.owner()).addValue("due", event.dueDate())
                        .addValue("target", event.targetScore()).addValue("note", event.note()));
    }

    private static MapSqlParameterSource stamped(PlanEvent event, Stamp stamp) {
        return new MapSqlParameterSource("plan", event.planId().value()).addValue("seq", stamp.sequence())
                .addValue("at", Sql.timestamp(stamp.at())).addValue("by", MetaDataKeys.orUnknown(stamp.user()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcTemplate().execute("truncate read_model.improvement_plan, read_model.plan_action_version");
    }
}
