package uk.nhs.dma.projections.register;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import java.time.Instant;
import uk.nhs.dma.projections.support.BatchWrites;
import uk.nhs.dma.projections.support.Sql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.OrganisationEvent;
import uk.nhs.dma.projections.support.Stamp;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationClosed;
import uk.nhs.dma.core.organisation.OrganisationReassigned;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.ProgrammeStatusAwarded;

/**
 * The organisation register and its effective-dated hierarchy. Idempotent: rows are keyed by the event's
 * aggregate sequence number and updates apply only to an older version, so a redelivered event changes nothing.
 * Parent assignments and programme statuses, which this projection never reads back, are inserted with the batch
 * ({@link BatchWrites}).
 */
@Component
@ProcessingGroup(OrganisationProjection.NAME)
public class OrganisationProjection implements OrganisationEvent.Handler<Stamp> {

    public static final String NAME = "organisations";

    private static final String MOVE_STAMP = "update read_model.register_stamp set stamp = stamp + 1 where id = 1";

    private final NamedParameterJdbcTemplate jdbc;

    public OrganisationProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every organisation event, each to its own method below: a new event does not compile until handled. */
    @EventHandler
    public void on(OrganisationEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        event.dispatch(this, new Stamp(sequence, at, null));
    }

    @Override
    public void on(OrganisationRegistered event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.organisation (ods_code, name, type, opened_on, version, registered_at,
                    cqc_location_id)
                values (:ods, :name, :type, :openedOn, :version, :at, :cqc) on conflict do nothing""",
                new MapSqlParameterSource("ods", event.odsCode().value())
                        .addValue("name", event.name())
                        .addValue("type", event.type().name())
                        .addValue("openedOn", event.openedOn())
                        .addValue("cqc", event.cqcLocationId() == null ? null : event.cqcLocationId().value())
                        .addValue("version", stamp.sequence())
                        .addValue("at", Sql.timestamp(stamp.at())));
        if (event.parentCode() != null) {
            addParent(event.odsCode(), stamp.sequence(), event.parentCode(), event.openedOn(), stamp.at());
        }
        hierarchyChanged();
    }

    @Override
    public void on(OrganisationReassigned event, Stamp stamp) {
        addParent(event.odsCode(), stamp.sequence(), event.parentCode(), event.effectiveFrom(), stamp.at());
        bumpVersion(event.odsCode(), stamp.sequence());
        hierarchyChanged();
    }

    @Override
    public void on(OrganisationClosed event, Stamp stamp) {
        jdbc.update("""
                update read_model.organisation set closed_on = :closedOn, successor_ods_code = :successor,
                closed_recorded_at = :at, version = :version where ods_code = :ods and version < :version""",
                new MapSqlParameterSource("ods", event.odsCode().value())
                        .addValue("closedOn", event.closedOn())
                        .addValue("successor", event.successorOdsCode() == null ? null : event.successorOdsCode().value())
                        .addValue("at", Sql.timestamp(stamp.at()))
                        .addValue("version", stamp.sequence()));
        hierarchyChanged();
    }

    @Override
    public void on(ProgrammeStatusAwarded event, Stamp stamp) {
        BatchWrites.add(jdbc, """
                insert into read_model.programme_status (ods_code, status, awarded_on, recorded_at)
                values (:ods, :status, :awardedOn, :at) on conflict do nothing""",
                new MapSqlParameterSource("ods", event.odsCode().value()).addValue("status", event.status().name())
                        .addValue("awardedOn", event.awardedOn()).addValue("at", Sql.timestamp(stamp.at())));
        bumpVersion(event.odsCode(), stamp.sequence());
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute(
                "truncate read_model.organisation, read_model.organisation_parent, read_model.programme_status");
        jdbc.getJdbcTemplate().update(MOVE_STAMP);
    }

    /**
     * Tells {@link HierarchyCache} in the same transaction, once per batch of events; a redelivered event only
     * costs it one reload.
     */
    private void hierarchyChanged() {
        BatchWrites.once(jdbc, MOVE_STAMP);
    }

    private void addParent(OdsCode odsCode, long sequence, OdsCode parentCode, java.time.LocalDate from, Instant at) {
        BatchWrites.add(jdbc, """
                insert into read_model.organisation_parent (ods_code, sequence_number, parent_code, effective_from,
                recorded_at) values (:ods, :seq, :parent, :from, :at) on conflict do nothing""",
                new MapSqlParameterSource("ods", odsCode.value())
                        .addValue("seq", sequence)
                        .addValue("parent", parentCode.value())
                        .addValue("from", from)
                        .addValue("at", Sql.timestamp(at)));
    }

    private void bumpVersion(OdsCode odsCode, long sequence) {
        jdbc.update("update read_model.organisation set version = :version where ods_code = :ods and version < :version",
                Map.of("ods", odsCode.value(), "version", sequence));
    }
}
