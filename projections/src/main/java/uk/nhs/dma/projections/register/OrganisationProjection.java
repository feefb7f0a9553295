package uk.nhs.dma.projections.register;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationClosed;
import uk.nhs.dma.core.organisation.OrganisationReassigned;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.ProgrammeStatusAwarded;

/**
 * The organisation register and its effective-dated hierarchy. Idempotent: rows are keyed by the event's
 * aggregate sequence number and updates apply only to an older version, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(OrganisationProjection.NAME)
public class OrganisationProjection {

    public static final String NAME = "organisations";

    private final NamedParameterJdbcTemplate jdbc;

    public OrganisationProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganisationRegistered event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into read_model.organisation (ods_code, name, type, opened_on, version)
                values (:ods, :name, :type, :openedOn, :version) on conflict do nothing""",
                new MapSqlParameterSource("ods", event.odsCode().value())
                        .addValue("name", event.name())
                        .addValue("type", event.type().name())
                        .addValue("openedOn", event.openedOn())
                        .addValue("version", sequence));
        if (event.parentCode() != null) {
            addParent(event.odsCode(), sequence, event.parentCode(), event.openedOn());
        }
    }

    @EventHandler
    void on(OrganisationReassigned event, @SequenceNumber long sequence) {
        addParent(event.odsCode(), sequence, event.parentCode(), event.effectiveFrom());
        bumpVersion(event.odsCode(), sequence);
    }

    @EventHandler
    void on(OrganisationClosed event, @SequenceNumber long sequence) {
        jdbc.update("""
                update read_model.organisation set closed_on = :closedOn, successor_ods_code = :successor,
                version = :version where ods_code = :ods and version < :version""",
                new MapSqlParameterSource("ods", event.odsCode().value())
                        .addValue("closedOn", event.closedOn())
                        .addValue("successor", event.successorOdsCode() == null ? null : event.successorOdsCode().value())
                        .addValue("version", sequence));
    }

    @EventHandler
    void on(ProgrammeStatusAwarded event, @SequenceNumber long sequence) {
        jdbc.update("""
                insert into read_model.programme_status (ods_code, status, awarded_on)
                values (:ods, :status, :awardedOn) on conflict do nothing""",
                Map.of("ods", event.odsCode().value(), "status", event.status().name(), "awardedOn", event.awardedOn()));
        bumpVersion(event.odsCode(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute(
                "truncate read_model.organisation, read_model.organisation_parent, read_model.programme_status");
    }

    private void addParent(OdsCode odsCode, long sequence, OdsCode parentCode, java.time.LocalDate from) {
        jdbc.update("""
                insert into read_model.organisation_parent (ods_code, sequence_number, parent_code, effective_from)
                values (:ods, :seq, :parent, :from) on conflict do nothing""",
                new MapSqlParameterSource("ods", odsCode.value())
                        .addValue("seq", sequence)
                        .addValue("parent", parentCode.value())
                        .addValue("from", from));
    }

    private void bumpVersion(OdsCode odsCode, long sequence) {
        jdbc.update("update read_model.organisation set version = :version where ods_code = :ods and version < :version",
                Map.of("ods", odsCode.value(), "version", sequence));
    }
}
