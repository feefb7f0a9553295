package uk.nhs.dma.api.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Improvement plans over HTTP: opened only below core in a submitted year, actions kept with noted status changes,
 * planned against actual next year, overdue actions for regional teams in JSON and CSV; bad input stores nothing.
 */
class PlanApiTest extends PlanScenario {

    @Test
    void a_plan_is_opened_below_core_kept_with_noted_status_changes_and_read_with_its_history() {
        String trust = trust();
        submitted(trust, 2024, 2);
        String plan = open(trust, 2024, "well-led");
        assertThat(plan).isEqualTo(trust + "-2024-well-led");

        created(submitter().post("/api/plans/" + plan + "/actions", action("Digital strategy", "CIO",
                TODAY.plusDays(30).toString(), 3)));
        Api.Response started = submitter().header("If-Match", "\"1\"").post("/api/plans/" + plan
                + "/actions/1/status", Map.of("status", "IN_PROGRESS", "note", "drafting"));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.header("ETag")).isEqualTo("\"2\"");
        assertProblem(submitter().header("If-Match", "\"1\"").post("/api/plans/" + plan + "/actions/1/status",
                Map.of("status", "DONE", "note", "stale")), 412, "stale-version");
        ok(submitter().put("/api/plans/" + plan + "/actions/1", action("Digital strategy", "CCIO",
                TODAY.plusDays(40).toString(), 4)));
        assertThat(eventTypes(plan)).containsExactly("PlanOpened", "ActionAdded", "ActionStatusChanged",
                "ActionRevised");

        Api.Response read = as("auditor").get("/api/plans/" + plan);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
        JsonNode view = read.json();
        assertThat(view.get("score").decimalValue()).isEqualByComparingTo("2");
        assertThat(view.get("coreMinimum").decimalValue()).isEqualByComparingTo("3");
        assertThat(view.get("actions").get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(view.get("actions").get(0).get("owner").asText()).isEqualTo("CCIO");
        assertThat(view.get("history").findValuesAsText("change")).containsExactly("ADDED", "STATUS", "REVISED");
        assertThat(view.get("history").get(1).get("note").asText()).isEqualTo("drafting");
        assertThat(view.get("history").get(1).get("recordedBy").asText()).isEqualTo("rj1-submitter");
    }

    @Test
    void a_measure_at_core_or_a_year_never_submitted_gets_no_plan_and_nothing_is_stored() {
        String trust = trust();
        long before = eventCount();
        assertProblem(submitter().post("/api/organisations/" + trust + "/plans",
                Map.of("year", 2024, "measureId", "well-led")), 409, "not-submitted");
        assertThat(eventCount()).isEqualTo(before);

        submitted(trust, 2024, 3);
        long after = eventCount();
        assertProblem(submitter().post("/api/organisations/" + trust + "/plans",
                Map.of("year", 2024, "measureId", "well-led")), 422, "measure-meets-core");
        assertProblem(submitter().post("/api/organisations/" + trust + "/plans",
                Map.of("year", 2024, "measureId", "cyber")), 422, "invalid-measureId");
        assertProblem(submitter().post("/api/organisations/" + trust + "/plans", Map.of("measureId", "well-led")),
                422, "invalid-year");
        assertThat(eventCount()).isEqualTo(after);
    }

    @Test
    void bad_actions_and_status_changes_are_problems_and_nothing_is_stored() {
        String trust = trust();
        submitted(trust, 2024, 2);
        String plan = open(trust, 2024, "safe-practice");
        created(submitter().post("/api/plans/" + plan + "/actions", action("Review", "CSO",
                TODAY.plusDays(10).toString(), 3)));
        ok(submitter().post("/api/plans/" + plan + "/actions/1/status", Map.of("status", "DONE", "note", "done")));
        long before = eventCount();
        String actions = "/api/plans/" + plan + "/actions";

        assertProblem(submitter().post(actions, action("Review", "CSO", TODAY.plusDays(10).toString(), 2)), 422,
                "invalid-targetScore");
        assertProblem(submitter().post(actions, action("Review", "CSO", TODAY.plusDays(10).toString(), 6)), 422,
                "invalid-targetScore");
        assertProblem(submitter().post(actions, action("Review", "CSO", TODAY.minusDays(1).toString(), 3)), 422,
                "invalid-dueDate");
        assertProblem(submitter().post(actions, action("Review", "CSO", "2024-02-30", 3)), 400, "malformed-body");
        assertProblem(submitter().post(actions, action("Review", null, TODAY.toString(), 3)), 422, "invalid-owner");
        assertProblem(submitter().post(actions, action("", "CSO", TODAY.toString(), 3)), 422, "invalid-description");
        assertProblem(submitter().post(actions + "/1/status", Map.of("status", "IN_PROGRESS", "note", "again")), 409,
                "action-transition");
        assertProblem(submitter().post(actions + "/1/status", Map.of("status", "DROPPED")), 422, "invalid-note");
        assertProblem(submitter().post(actions + "/1/status", Map.of("status", "LATER", "note", "x")), 400,
                "malformed-body");
        assertProblem(submitter().post(actions + "/9/status", Map.of("status", "DONE", "note", "x")), 422,
                "unknown-action");
        assertProblem(submitter().put(actions + "/1", action("Review", "CSO", TODAY.toString(), 3)), 409,
                "action-closed");
        assertProblem(submitter().post("/api/plans/" + trust + "-2024-well-led/actions",
                action("Review", "CSO", TODAY.toString(), 3)), 404, "not-found");
        assertProblem(submitter().get("/api/plans/not-a-plan"), 404, "not-found");
        assertProblem(submitter().get("/api/plans/" + trust + "-2023-well-led"), 404, "not-found");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void next_years_assessment_shows_the_planned_target_beside_the_actual_score() {
        String trust = trust();
        submitted(trust, 2024, 2);
        String plan = open(trust, 2024, "improve-care");
        created(submitter().post("/api/plans/" + plan + "/actions", action("Pathways", "COO",
                TODAY.plusDays(10).toString(), 4)));
        created(submitter().post("/api/plans/" + plan + "/actions", action("Everything", "CEO",
                TODAY.plusDays(10).toString(), 5)));
        ok(submitter().post("/api/plans/" + plan + "/actions/2/status", Map.of("status", "DROPPED", "note", "no")));
        ok(submitter().post("/api/plans/" + plan + "/actions/1/status", Map.of("status", "DONE", "note", "yes")));
        submitted(trust, 2025, 3);

        JsonNode view = as("analyst").get("/api/organisations/" + trust + "/planned-against-actual?year=2025").json();
        assertThat(view.get("planYear").asInt()).isEqualTo(2024);
        assertThat(view.get("submitted").asBoolean()).isTrue();
        JsonNode improveCare = view.get("measures").get(5);
        assertThat(improveCare.get("measureId").asText()).isEqualTo("improve-care");
        assertThat(improveCare.get("plannedTarget").asInt()).isEqualTo(4);
        assertThat(improveCare.get("plannedFrom").asText()).isEqualTo("DONE");
        assertThat(improveCare.get("actual").decimalValue()).isEqualByComparingTo("3");
        assertThat(improveCare.get("met").asBoolean()).isFalse();
        assertThat(view.get("measures").get(0).get("plannedTarget").isNull()).isTrue();
        assertProblem(as("analyst").get("/api/organisations/" + trust + "/planned-against-actual"), 400,
                "bad-request");
    }

    @Test
    void next_years_draft_carries_last_years_plan_with_its_open_actions() {
        String trust = trust();
        submitted(trust, 2024, 2);
        String plan = open(trust, 2024, "improve-care");
        created(submitter().post("/api/plans/" + plan + "/actions", action("Pathways", "COO",
                TODAY.plusDays(30).toString(), 4)));
        created(submitter().post("/api/plans/" + plan + "/actions", action("Everything", "CEO",
                TODAY.plusDays(10).toString(), 5)));
        created(submitter().post("/api/plans/" + plan + "/actions", action("Audit", "CNO",
                TODAY.plusDays(20).toString(), 3)));
        created(submitter().post("/api/plans/" + plan + "/actions", action("Rota", "COO",
                TODAY.plusDays(5).toString(), 3)));
        ok(submitter().post("/api/plans/" + plan + "/actions/2/status", Map.of("status", "DROPPED", "note", "no")));
        ok(submitter().post("/api/plans/" + plan + "/actions/3/status", Map.of("status", "DONE", "note", "yes")));
        ok(submitter().post("/api/plans/" + plan + "/actions/4/status", Map.of("status", "IN_PROGRESS", "note", "on")));
        String framework = Fixtures.frameworkId(2025);
        created(admin().post("/api/frameworks", Fixtures.framework(framework, 2025)));
        String id = submitter().post("/api/assessments", Map.of("odsCode", trust, "year", 2025,
                "frameworkId", framework, "copyForward", true)).json().get("assessmentId").asText();

        JsonNode carried = submitter().get("/api/assessments/" + id).json().get("carriedPlans");
        assertThat(carried).as("one plan carried from 2024").hasSize(1);
        JsonNode improveCare = carried.get(0);
        assertThat(improveCare.get("measureId").asText()).isEqualTo("improve-care");
        assertThat(improveCare.get("planId").asText()).isEqualTo(plan);
        assertThat(improveCare.get("planYear").asInt()).isEqualTo(2024);
        assertThat(improveCare.get("plannedTarget").asInt()).isEqualTo(4);
        assertThat(improveCare.get("doneActions").asInt()).isEqualTo(1);
        assertThat(improveCare.get("droppedActions").asInt()).isEqualTo(1);
        JsonNode open = improveCare.get("openActions");
        assertThat(open.findValuesAsText("description")).containsExactly("Rota", "Pathways");
        assertThat(open.findValuesAsText("status")).containsExactly("IN_PROGRESS", "PLANNED");
        assertThat(open.get(1).get("owner").asText()).isEqualTo("COO");
        assertThat(open.get(1).get("dueDate").asText()).isEqualTo(TODAY.plusDays(30).toString());
        assertThat(open.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(submitter().get("/api/assessments/" + id).json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void regional_teams_see_overdue_actions_in_their_scope_in_json_and_csv() {
        String trust = trust();
        submitted(trust, 2024, 2);
        String plan = open(trust, 2024, "support-people");
        created(submitter().post("/api/plans/" + plan + "/actions", action("=cmd|' /C calc'!A0", "HR",
                TODAY.plusDays(5).toString(), 3)));
        created(submitter().post("/api/plans/" + plan + "/actions", action("Training", "HR",
                TODAY.plusDays(50).toString(), 3)));
        String before = TODAY.plusDays(20).toString();

        JsonNode regional = Eventually.await(() -> as("m-regional")
                        .get("/api/plans/overdue?scope=REGION:MY01&before=" + before).json(),
                json -> json.get("actions").findValuesAsText("planId").contains(plan), WAIT);
        JsonNode mine = null;
        for (JsonNode row : regional.get("actions")) {
            if (row.get("planId").asText().equals(plan)) {
                assertThat(mine).as("one overdue action of the plan").isNull();
                mine = row;
            }
        }
        assertThat(mine.get("action").asInt()).isEqualTo(1);
        assertThat(mine.get("daysOverdue").asLong()).isEqualTo(15);
        assertThat(mine.get("region").asText()).isEqualTo("MY01");

        Api.Response csv = as("m-regional").get("/api/plans/overdue?scope=REGION:MY01&format=csv&before=" + before);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("odsCode,organisation,region,icb,planId,year,measureId,action,")
                .contains(plan + ",2024,support-people,1,'=cmd|' /C calc'!A0,HR,");
        assertProblem(as("m-regional").get("/api/plans/overdue?scope=REGION:MY02"), 403, "out-of-scope");
        assertProblem(as("m-regional").get("/api/plans/overdue"), 403, "out-of-scope");
        assertThat(as("auditor").get("/api/plans/overdue?before=" + before).json().get("actions")
                .findValuesAsText("planId")).contains(plan);
        assertProblem(as("analyst").get("/api/plans/overdue?before=someday"), 400, "invalid-parameter");
        assertProblem(as("analyst").get("/api/plans/overdue?scope=PLANET:X"), 400, "invalid-scope");
        assertProblem(as("rj1-submitter").get("/api/plans/overdue"), 403, "forbidden");
    }
}
