package uk.nhs.dma.projections.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.target.TargetEvent;
import uk.nhs.dma.projections.support.Stamp;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.target.FindTarget;
import uk.nhs.dma.core.target.ListTargets;
import uk.nhs.dma.core.target.Observation;
import uk.nhs.dma.core.target.ObservationRecorded;
import uk.nhs.dma.projections.support.Sql;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetRevised;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.projections.support.Json;

/** National targets with every revision, each kept as recorded. */
@Component
@ProcessingGroup(TargetProjection.NAME)
public class TargetProjection implements TargetEvent.Handler<Stamp> {

    public static final String NAME = "targets";

    private final NamedParameterJdbcTemplate jdbc;

    public TargetProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every target event, each to its own method below: a new event does not compile until handled. */
    @EventHandler
    public void on(TargetEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(MetaDataKeys.USER) String user) {
        event.dispatch(this, new Stamp(sequence, at, user));
    }

    @Override
    public void on(TargetDefined event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.target (target_id, definition, defined_at, defined_by, version)
                values (:id, cast(:definition as jsonb), :at, :by, 0) on conflict do nothing""",
                new MapSqlParameterSource("id", event.targetId().value())
                        .addValue("definition", Json.write(event))
                        .addValue("at", OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC))
                        .addValue("by", MetaDataKeys.orUnknown(stamp.user())));
    }

    @Override
    public void on(TargetRevised event, Stamp stamp) {
        TargetView.Revision revision = new TargetView.Revision(event.revision(), event.effectiveFrom(), event.reason(),
                event.source(), event.milestones(), event.countedEprStatuses(), event.countedAssessmentStatuses(),
                stamp.at(), MetaDataKeys.orUnknown(stamp.user()));
        jdbc.update("""
                insert into read_model.target_revision (target_id, revision, revision_doc, recorded_at)
                values (:id, :revision, cast(:doc as jsonb), :at) on conflict do nothing""",
                new MapSqlParameterSource("id", event.targetId().value())
                        .addValue("revision", event.revision())
                        .addValue("at", OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC))
                        .addValue("doc", Json.write(revision)));
        jdbc.update("update read_model.target set version = :version where target_id = :id and version < :version",
                new MapSqlParameterSource("id", event.targetId().value()).addValue("version", stamp.sequence()));
    }

    @Override
    public void on(ObservationRecorded event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.target_observation (target_id, observed_on, percent, source, recorded_at,
                    recorded_by)
                values (:id, :on, :percent, :source, :at, :by) on conflict do nothing""",
                new MapSqlParameterSource("id", event.targetId().value())
                        .addValue("on", event.observedOn())
                        .addValue("percent", event.percent())
                        .addValue("source", event.source())
                        .addValue("at", Sql.timestamp(stamp.at()))
                        .addValue("by", MetaDataKeys.orUnknown(stamp.user())));
        jdbc.update("update read_model.target set version = :version where target_id = :id and version < :version",
                new MapSqlParameterSource("id", event.targetId().value()).addValue("version", stamp.sequence()));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute(
                "truncate read_model.target, read_model.target_revision, read_model.target_observation");
    }

    /** A REPORTED target's observations recorded by an instant (null: now), oldest first. */
    public static List<Observation> observations(NamedParameterJdbcTemplate jdbc, String targetId, Instant knownAt) {
        return jdbc.query("select * from read_model.target_observation where target_id = :id and "
                        + Sql.knownBy("recorded_at") + " order by observed_on",
                new MapSqlParameterSource("id", targetId).addValue("t", Sql.timestamp(knownAt)),
                (rs, i) -> new Observation(Sql.date(rs, "observed_on"), rs.getBigDecimal("percent"),
                        rs.getString("source"), Sql.instant(rs, "recorded_at"), rs.getString("recorded_by")));
    }

    @QueryHandler
    public Optional<TargetView> handle(FindTarget query) {
        return jdbc.query("select * from read_model.target where target_id = :id",
                new MapSqlParameterSource("id", query.targetId().value()), (rs, i) -> view(rs)).stream().findFirst();
    }

    @QueryHandler
    public List<TargetView> handle(ListTargets query) {
        return jdbc.query("select * from read_model.target order by target_id", (rs, i) -> view(rs));
    }

    private TargetView view(ResultSet rs) throws SQLException {
        TargetDefined d = Json.read(rs.getString("definition"), TargetDefined.class);
        List<TargetView.Revision> revisions = jdbc.query("""
                select revision_doc from read_model.target_revision where target_id = :id order by revision""",
                new MapSqlParameterSource("id", d.targetId().value()),
                (r, i) -> Json.read(r.getString("revision_doc"), TargetView.Revision.class));
        return new TargetView(d.targetId().value(), d.name(), d.metric(), d.population(), d.countedEprStatuses(),
                d.countedAssessmentStatuses(), d.milestones(), d.source(), rs.getTimestamp("defined_at").toInstant(), rs.getString("defined_by"),
                revisions, rs.getLong("version"), d.capability(), d.countedCapabilityStatuses(),
                observations(jdbc, d.targetId().value(), null));
    }
}
