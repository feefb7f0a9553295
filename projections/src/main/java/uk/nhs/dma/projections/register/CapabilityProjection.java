package uk.nhs.dma.projections.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityDeclarationView;
import uk.nhs.dma.core.capability.CapabilityDeclared;
import uk.nhs.dma.core.capability.CapabilityEvent;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.ListCapabilityDeclarations;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.projections.support.Sql;
import uk.nhs.dma.projections.support.Stamp;

/**
 * Declared capabilities, one row per declaration. Part of the register's processing group: a declaration belongs
 * to an organisation, and is reset and replayed with it. Idempotent: rows are keyed by their declaration number.
 */
@Component
@ProcessingGroup(OrganisationProjection.NAME)
public class CapabilityProjection implements CapabilityEvent.Handler<Stamp> {

    private final NamedParameterJdbcTemplate jdbc;

    public CapabilityProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every capability event, each to its own method below: a new event does not compile until handled. */
    @EventHandler
    public void on(CapabilityEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
                   @MetaDataValue(MetaDataKeys.USER) String user) {
        event.dispatch(this, new Stamp(sequence, at, user));
    }

    @Override
    public void on(CapabilityDeclared event, Stamp stamp) {
        jdbc.update("""
                insert into read_model.capability_declaration (ods_code, capability, declaration, status,
                    effective_from, note, recorded_at, recorded_by)
                values (:ods, :capability, :declaration, :status, :from, :note, :at, :by) on conflict do nothing""",
                new MapSqlParameterSource("ods", event.odsCode().value())
                        .addValue("capability", event.capability().name())
                        .addValue("declaration", event.declaration())
                        .addValue("status", event.status().name())
                        .addValue("from", event.effectiveFrom())
                        .addValue("note", event.note())
                        .addValue("at", Sql.timestamp(stamp.at()))
                        .addValue("by", MetaDataKeys.orUnknown(stamp.user())));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("truncate read_model.capability_declaration");
    }

    @QueryHandler
    public List<CapabilityDeclarationView> handle(ListCapabilityDeclarations query) {
        LocalDate asOf = query.asOf();
        List<CapabilityDeclarationView> all = jdbc.query("""
                select * from read_model.capability_declaration where ods_code = :ods
                order by capability, declaration""", new MapSqlParameterSource("ods", query.odsCode().value()),
                (rs, i) -> new CapabilityDeclarationView(rs.getString("ods_code"),
                        Capability.valueOf(rs.getString("capability")), rs.getInt("declaration"),
                        CapabilityStatus.valueOf(rs.getString("status")), Sql.date(rs, "effective_from"),
                        rs.getString("note"), Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"), false));
        return all.stream().map(d -> inForce(d, all, asOf)).toList();
    }

    /** The declaration in force on the date: its capability's latest effective on or before it. */
    private static CapabilityDeclarationView inForce(CapabilityDeclarationView d, List<CapabilityDeclarationView> all,
                                                     LocalDate asOf) {
        boolean inForce = asOf != null && !d.effectiveFrom().isAfter(asOf) && all.stream()
                .filter(o -> o.capability() == d.capability() && !o.effectiveFrom().isAfter(asOf))
                .allMatch(o -> !o.effectiveFrom().isAfter(d.effectiveFrom()));
        return new CapabilityDeclarationView(d.odsCode(), d.capability(), d.declaration(), d.status(),
                d.effectiveFrom(), d.note(), d.recordedAt(), d.recordedBy(), inForce);
    }
}
