package uk.nhs.dma.projections.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.plan.CarriedPlan;
import uk.nhs.dma.core.plan.FindCarriedPlans;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.core.plan.PlannedAgainstActualView;
import uk.nhs.dma.projections.support.Sql;

/**
 * Last year's improvement plans carried into this year's assessment, as known at an instant: the same read model
 * and planned target as planned-against-actual, with the actions still open listed and the finished ones counted.
 */
@Component
public class CarriedPlans {

    private final NamedParameterJdbcTemplate jdbc;

    public CarriedPlans(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<CarriedPlan> handle(FindCarriedPlans query) {
        MapSqlParameterSource params = new MapSqlParameterSource("ods", query.odsCode().value())
                .addValue("planYear", query.year() - 1).addValue("t", Sql.timestamp(query.knownAt()));
        Map<String, PlanQueries.Plan> byId = new LinkedHashMap<>();
        Map<String, PlanQueries.Plan> byMeasure = new LinkedHashMap<>();
        jdbc.query("select plan_id, measure_id, score from read_model.improvement_plan where ods_code = :ods and "
                + "year = :planYear and " + Sql.knownBy("opened_at"), params, rs -> {
                    PlanQueries.Plan plan = new PlanQueries.Plan(rs.getString("plan_id"), rs.getBigDecimal("score"),
                            new ArrayList<>());
                    byId.put(plan.planId(), plan);
                    byMeasure.put(rs.getString("measure_id"), plan);
                });
        if (byId.isEmpty()) {
            return List.of();
        }
        jdbc.query(PlanQueries.ACTIONS, params.addValue("plans", byId.keySet()),
                rs -> {
                    byId.get(rs.getString("plan_id")).actions().add(PlanQueries.action(rs));
                });
        return WgllMeasures.IDS.stream().filter(byMeasure::containsKey)
                .map(m -> carried(m, byMeasure.get(m), query)).toList();
    }

    private static CarriedPlan carried(String measureId, PlanQueries.Plan plan, FindCarriedPlans query) {
        PlannedAgainstActualView.Row row = PlannedAgainstActual.row(measureId, plan, null);
        List<CarriedPlan.OpenAction> open = plan.actions().stream().filter(a -> a.status().isOpen())
                .sorted(Comparator.comparing(PlanView.Action::dueDate).thenComparingInt(PlanView.Action::action))
                .map(a -> new CarriedPlan.OpenAction(a.action(), a.description(), a.owner(), a.dueDate(),
                        a.targetScore(), a.status(), a.dueDate().isBefore(query.today())))
                .toList();
        return new CarriedPlan(measureId, plan.planId(), query.year() - 1, plan.baseline(), row.plannedTarget(),
                row.doneActions(), row.droppedActions(), open);
    }
}
