package uk.nhs.dma.projections.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.projections.support.Sql;

/**
 * The register's hierarchy as now recorded, for the many lookups of one request (whose region is this
 * organisation in?) and for the metrics. It is read once and kept while {@code read_model.register_stamp}, which
 * {@link OrganisationProjection} moves forward in the same transaction as each change to the hierarchy, stays
 * the same: one primary-key read per call, and a read that follows a change (read-your-writes) sees it, whichever
 * node of the service processed the event.
 */
@Component
public class HierarchyCache {

    private final NamedParameterJdbcTemplate jdbc;
    private volatile Cached cached;

    private record Cached(long stamp, Hierarchy hierarchy) {
    }

    public HierarchyCache(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The hierarchy as now recorded. */
    public Hierarchy current() {
        Long stamp = jdbc.queryForList("select stamp from read_model.register_stamp where id = 1", Map.of(),
                Long.class).stream().findFirst().orElse(null);
        Cached known = cached;
        if (known != null && stamp != null && known.stamp() == stamp) {
            return known.hierarchy();
        }
        // Read after the stamp, the rows are at least that new; a newer change only costs one more reload.
        Map<String, List<ParentAssignment>> parents = parents(jdbc, null);
        Hierarchy hierarchy = Hierarchy.of(jdbc.query(
                "select ods_code, type, opened_on, closed_on from read_model.organisation", (rs, i) ->
                        new Hierarchy.Node(OdsCode.of(rs.getString(1)), OrganisationType.valueOf(rs.getString(2)),
                                Sql.date(rs, "opened_on"), Sql.date(rs, "closed_on"),
                                parents.getOrDefault(rs.getString(1), List.of()))));
        cached = stamp == null ? null : new Cached(stamp, hierarchy);
        return hierarchy;
    }

    /** Every organisation's parent assignments in the order they were made, as known at an instant (null: now). */
    public static Map<String, List<ParentAssignment>> parents(NamedParameterJdbcTemplate jdbc, Instant knownAt) {
        Map<String, List<ParentAssignment>> parents = new HashMap<>();
        jdbc.query("select ods_code, parent_code, effective_from from read_model.organisation_parent where "
                        + Sql.knownBy("recorded_at") + " order by ods_code, sequence_number",
                new MapSqlParameterSource("t", Sql.timestamp(knownAt)), rs -> {
                    parents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ParentAssignment(OdsCode.of(rs.getString(2)), Sql.date(rs, "effective_from")));
                });
        return parents;
    }
}
