package uk.nhs.dma.projections.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.plan.FindOverdueActions;
import uk.nhs.dma.core.plan.OverdueActionsView;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.register.HierarchyCache;
import uk.nhs.dma.projections.support.Sql;

/**
 * Overdue actions: due before a date, neither DONE nor DROPPED, as known at an instant; in a scope by the hierarchy
 * of that date (an organisation in a region or ICB then, through its ICB), over the organisations the caller reads.
 */
@Component
public class OverdueActions {

    /** Each action as it stood at :t, kept when still open and due before :before. */
    private static final String OVERDUE = """
            select p.ods_code, o.name, p.plan_id, p.year, p.measure_id, a.action, a.description, a.owner, a.due_date,
                   a.target_score, a.status
            from (select distinct on (v.plan_id, v.action) v.*
                  from read_model.plan_action_version v
                  where %s
                  order by v.plan_id, v.action, v.sequence_number desc) a
            join read_model.improvement_plan p on p.plan_id = a.plan_id
            left join read_model.organisation o on o.ods_code = p.ods_code
            where a.status in ('PLANNED', 'IN_PROGRESS') and a.due_date < :before
            order by a.due_date, p.plan_id, a.action""".formatted(Sql.knownBy("v.recorded_at"));

    private final NamedParameterJdbcTemplate jdbc;
    private final HierarchyCache hierarchy;

    public OverdueActions(NamedParameterJdbcTemplate jdbc, HierarchyCache hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @QueryHandler
    public OverdueActionsView handle(FindOverdueActions query) {
        LocalDate before = query.before();
        Hierarchy on = hierarchy.current();
        List<OverdueActionsView.Row> rows = new ArrayList<>();
        int[] withheld = {0};
        jdbc.query(OVERDUE, new MapSqlParameterSource("before", before).addValue("t", Sql.timestamp(query.knownAt())),
                rs -> {
                    String ods = rs.getString("ods_code");
                    Optional<String> icb = on.parentOn(ods, before);
                    Optional<String> region = on.regionOn(ods, before);
                    if (!inScope(query.scope(), ods, icb, region)) {
                        return;
                    }
                    if (query.readable() != null && !query.readable().contains(ods)) {
                        withheld[0]++;
                        return;
                    }
                    LocalDate due = Sql.date(rs, "due_date");
                    rows.add(new OverdueActionsView.Row(ods, rs.getString("name"), region.orElse(null),
                            icb.orElse(null), rs.getString("plan_id"), rs.getInt("year"), rs.getString("measure_id"),
                            rs.getInt("action"), rs.getString("description"), rs.getString("owner"), due,
                            ChronoUnit.DAYS.between(due, before), rs.getInt("target_score"),
                            ActionStatus.valueOf(rs.getString("status"))));
                });
        return new OverdueActionsView(query.scope().toString(), before, query.knownAt(), rows.size(), withheld[0],
                List.copyOf(rows));
    }

    /** How many actions are overdue nationally on a date, as now known (the metric). */
    public long countNationally(LocalDate before) {
        Long count = jdbc.queryForObject("select count(*) from (" + OVERDUE + ") overdue",
                new MapSqlParameterSource("before", before).addValue("t", null), Long.class);
        return count == null ? 0 : count;
    }

    private static boolean inScope(Scope scope, String ods, Optional<String> icb, Optional<String> region) {
        return switch (scope.kind()) {
            case NATIONAL -> true;
            case REGION -> region.filter(scope.code().value()::equals).isPresent();
            case ICB -> ods.equals(scope.code().value()) || icb.filter(scope.code().value()::equals).isPresent();
        };
    }
}
