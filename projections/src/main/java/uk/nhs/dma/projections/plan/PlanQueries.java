package uk.nhs.dma.projections.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.plan.FindPlan;
import uk.nhs.dma.core.plan.FindPlannedAgainstActual;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.core.plan.PlannedAgainstActualView;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/** One plan with its actions and history, and planned against actual; both as known at an instant. */
@Component
public class PlanQueries {

    /** Each action as it stood at :t (null: now): its latest row recorded by then. */
    static final String ACTIONS = """
            select distinct on (v.plan_id, v.action) v.*
            from read_model.plan_action_version v
            where v.plan_id in (:plans) and %s
            order by v.plan_id, v.action, v.sequence_number desc""".formatted(Sql.knownBy("v.recorded_at"));

    private final NamedParameterJdbcTemplate jdbc;

    public PlanQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<PlanView> handle(FindPlan query) {
        MapSqlParameterSource params = new MapSqlParameterSource("plan", query.planId().value())
                .addValue("plans", List.of(query.planId().value())).addValue("t", Sql.timestamp(query.knownAt()));
        List<PlanView> plans = jdbc.query("select * from read_model.improvement_plan where plan_id = :plan and "
                + Sql.knownBy("opened_at"), params, (rs, i) -> {
                    List<PlanView.Action> actions = jdbc.query(ACTIONS, params, (a, j) -> action(a));
                    List<PlanView.Change> history = jdbc.query("select * from read_model.plan_action_version "
                            + "where plan_id = :plan and " + Sql.knownBy("recorded_at") + " order by sequence_number",
                            params, (h, j) -> change(h));
                    long version = history.isEmpty() ? 0 : history.get(history.size() - 1).sequence();
                    return new PlanView(rs.getString("plan_id"), rs.getString("ods_code"), rs.getInt("year"),
                            rs.getString("measure_id"), rs.getInt("revision"), rs.getBigDecimal("score"),
                            rs.getBigDecimal("core_minimum"), Sql.instant(rs, "opened_at"), rs.getString("opened_by"),
                            version, actions.stream().sorted(java.util.Comparator.comparingInt(PlanView.Action::action))
                            .toList(), history);
                });
        return plans.stream().findFirst();
    }

    @QueryHandler
    public PlannedAgainstActualView handle(FindPlannedAgainstActual query) {
        MapSqlParameterSource params = new MapSqlParameterSource("ods", query.odsCode().value())
                .addValue("year", query.year()).addValue("planYear", query.year() - 1)
                .addValue("t", Sql.timestamp(query.knownAt()));
        Map<String, Plan> plans = new LinkedHashMap<>();
        jdbc.query("select plan_id, measure_id, score from read_model.improvement_plan where ods_code = :ods and "
                + "year = :planYear and " + Sql.knownBy("opened_at"), params, rs -> {
                    plans.put(rs.getString("measure_id"), new Plan(rs.getString("plan_id"), rs.getBigDecimal("score"),
                            new ArrayList<>()));
                });
        if (!plans.isEmpty()) {
            Map<String, Plan> byId = new LinkedHashMap<>();
            plans.values().forEach(p -> byId.put(p.planId(), p));
            jdbc.query(ACTIONS, params.addValue("plans", byId.keySet()), rs -> {
                byId.get(rs.getString("plan_id")).actions().add(action(rs));
            });
        }
        Map<String, BigDecimal> actual = jdbc.query("select measure_scores from read_model.assessment_submission "
                        + "where ods_code = :ods and year = :year and " + Sql.knownBy("recorded_at")
                        + " order by revision desc limit 1", params,
                (rs, i) -> Json.read(rs.getString(1), new TypeReference<LinkedHashMap<String, BigDecimal>>() {
                })).stream().findFirst().orElse(null);
        List<PlannedAgainstActualView.Row> rows = WgllMeasures.IDS.stream()
                .map(m -> PlannedAgainstActual.row(m, plans.get(m), actual == null ? null : actual.get(m))).toList();
        return new PlannedAgainstActualView(query.odsCode().value(), query.year(), query.year() - 1, actual != null,
                rows);
    }

    record Plan(String planId, BigDecimal baseline, List<PlanView.Action> actions) {
    }

    static PlanView.Action action(ResultSet rs) throws SQLException {
        return new PlanView.Action(rs.getInt("action"), rs.getString("description"), rs.getString("owner"),
                Sql.date(rs, "due_date"), rs.getInt("target_score"), ActionStatus.valueOf(rs.getString("status")),
                Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"));
    }

    private static PlanView.Change change(ResultSet rs) throws SQLException {
        String previous = rs.getString("previous_status");
        String change = rs.getString("change");
        return new PlanView.Change(rs.getLong("sequence_number"), rs.getInt("action"), change,
                previous == null ? null : ActionStatus.valueOf(previous),
                "STATUS".equals(change) || "ADDED".equals(change) ? ActionStatus.valueOf(rs.getString("status")) : null,
                rs.getString("description"), rs.getString("owner"), Sql.date(rs, "due_date"),
                rs.getInt("target_score"), rs.getString("note"), Sql.instant(rs, "recorded_at"),
                rs.getString("recorded_by"));
    }
}
