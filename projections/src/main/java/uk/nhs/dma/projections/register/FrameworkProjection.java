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
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.framework.FrameworkEvent;
import uk.nhs.dma.projections.support.Stamp;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.framework.FindFramework;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkPublished;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/** Published frameworks. A framework is published once and never changes, so one insert is the whole story. */
@Component
@ProcessingGroup(FrameworkProjection.NAME)
public class FrameworkProjection implements FrameworkEvent.Handler<Stamp> {

    public static final String NAME = "frameworks";

    private final NamedParameterJdbcTemplate jdbc;

    public FrameworkProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every framework event, each to its own method below: a new event does not compile until handled. */
    @EventHandler
    public void on(FrameworkEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.USER) String user) {
        event.dispatch(this, new Stamp(0, at, user));
    }

    @Override
    public void on(FrameworkPublished event, Stamp stamp) {
        FrameworkDefinition d = event.definition();
        jdbc.update("""
                insert into read_model.framework (framework_id, title, assessment_year, reference_date, definition,
                published_at, published_by, version)
                values (:id, :title, :year, :referenceDate, cast(:definition as jsonb), :at, :by, 0)
                on conflict do nothing""",
                new MapSqlParameterSource("id", d.frameworkId().value())
                        .addValue("title", d.title())
                        .addValue("year", d.assessmentYear())
                        .addValue("referenceDate", d.referenceDate())
                        .addValue("definition", Json.write(d))
                        .addValue("at", OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC))
                        .addValue("by", MetaDataKeys.orUnknown(stamp.user())));
    }

    @ResetHandler
    void reset() {
        jdbc.getJdbcTemplate().execute("truncate read_model.framework");
    }

    @QueryHandler
    public Optional<FrameworkView> handle(FindFramework query) {
        return jdbc.query("select * from read_model.framework where framework_id = :id",
                new MapSqlParameterSource("id", query.frameworkId().value()), (rs, i) -> view(rs)).stream().findFirst();
    }

    @QueryHandler
    public List<FrameworkView> handle(ListFrameworks query) {
        return jdbc.query("select * from read_model.framework order by assessment_year desc, framework_id",
                (rs, i) -> view(rs));
    }

    private static FrameworkView view(ResultSet rs) throws SQLException {
        return new FrameworkView(Json.read(rs.getString("definition"), FrameworkDefinition.class),
                Sql.instant(rs, "published_at"), rs.getString("published_by"), rs.getLong("version"));
    }
}
