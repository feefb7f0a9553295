package uk.nhs.dma.projections.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatusAward;
import uk.nhs.dma.projections.support.Sql;

@Component
public class OrganisationQueries {

    /** The parent in force on :asOf: the latest assignment effective on or before it. */
    private static final String PARENT_AS_OF = """
            (select p.parent_code from read_model.organisation_parent p
              where p.ods_code = o.ods_code and coalesce(p.effective_from, '-infinity'::date) <= :asOf
              order by coalesce(p.effective_from, '-infinity'::date) desc, p.sequence_number desc limit 1)""";

    private final NamedParameterJdbcTemplate jdbc;

    public OrganisationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<OrganisationView> handle(FindOrganisation query) {
        MapSqlParameterSource params = new MapSqlParameterSource("ods", query.odsCode().value())
                .addValue("asOf", query.asOf());
        List<Row> rows = jdbc.query("select o.*, " + PARENT_AS_OF + " as parent_code from read_model.organisation o"
                        + " where o.ods_code = :ods", params, (rs, i) -> row(rs));
        return withHistory(rows).stream().findFirst();
    }

    @QueryHandler
    public OrganisationPage handle(ListOrganisations query) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", query.asOf())
                .addValue("type", query.type() == null ? null : query.type().name())
                .addValue("parent", query.parentCode() == null ? null : query.parentCode().value())
                .addValue("limit", query.page().limit())
                .addValue("offset", query.page().offset());
        String filtered = "select o.*, " + PARENT_AS_OF + " as parent_code from read_model.organisation o"
                + " where (cast(:type as text) is null or o.type = :type)";
        String scoped = "select * from (" + filtered + ") f where (cast(:parent as text) is null or f.parent_code = :parent)";
        Long total = jdbc.queryForObject("select count(*) from (" + scoped + ") c", params, Long.class);
        List<Row> rows = jdbc.query(scoped + " order by ods_code limit :limit offset :offset", params,
                (rs, i) -> row(rs));
        return new OrganisationPage(withHistory(rows), total == null ? 0 : total);
    }

    /** Rows first, then every listed organisation's history in two queries, not two per row. */
    private List<OrganisationView> withHistory(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource codes = new MapSqlParameterSource("codes", rows.stream().map(Row::odsCode).toList());
        Map<String, List<ParentAssignment>> parents = new HashMap<>();
        jdbc.query("""
                select ods_code, parent_code, effective_from from read_model.organisation_parent
                where ods_code in (:codes) order by ods_code, sequence_number""", codes, rs -> {
            parents.computeIfAbsent(rs.getString("ods_code"), k -> new ArrayList<>()).add(
                    new ParentAssignment(OdsCode.of(rs.getString("parent_code")), Sql.date(rs, "effective_from")));
        });
        Map<String, List<ProgrammeStatusAward>> statuses = new HashMap<>();
        jdbc.query("""
                select ods_code, status, awarded_on from read_model.programme_status
                where ods_code in (:codes) order by ods_code, awarded_on, status""", codes, rs -> {
            statuses.computeIfAbsent(rs.getString("ods_code"), k -> new ArrayList<>()).add(new ProgrammeStatusAward(
                    ProgrammeStatus.valueOf(rs.getString("status")), Sql.date(rs, "awarded_on")));
        });
        return rows.stream().map(r -> new OrganisationView(r.odsCode, r.name, r.type, r.parentCode, r.openedOn,
                r.closedOn, r.successor, parents.getOrDefault(r.odsCode, List.of()),
                statuses.getOrDefault(r.odsCode, List.of()), r.version, r.cqcLocationId)).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("ods_code"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
                rs.getString("parent_code"), Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"),
                rs.getString("successor_ods_code"), rs.getLong("version"), rs.getString("cqc_location_id"));
    }

    private record Row(String odsCode, String name, OrganisationType type, String parentCode, LocalDate openedOn,
                       LocalDate closedOn, String successor, long version, String cqcLocationId) {
    }
}
