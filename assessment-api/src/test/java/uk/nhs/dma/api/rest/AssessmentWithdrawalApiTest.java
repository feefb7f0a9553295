package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;

/** Withdrawing a draft started by mistake, over HTTP: the draft shows WITHDRAWN, and the year can be started again. */
class AssessmentWithdrawalApiTest extends ScenarioApiTest {

    private static final Map<String, Object> REASON = Map.of("reason", "Started for the wrong trust");

    @Test
    void a_draft_is_withdrawn_with_its_reason_and_who_withdrew_it() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), answers("Q01", 3)));
        Api.Response read = submitter().get("/api/assessments/" + id);

        Api.Response withdrawn = submitter().header("If-Match", read.header("ETag"))
                .post(path(id, "withdrawal"), REASON);

        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(withdrawn.header("ETag")).isEqualTo("\"2\"");
        JsonNode view = submitter().get("/api/assessments/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "AssessmentWithdrawn");
        JsonNode event = eventPayloads(id).get(2);
        assertThat(event.get("reason").asText()).isEqualTo("Started for the wrong trust");
        assertThat(event.get("withdrawnBy").asText()).isEqualTo("rj1-submitter");
        JsonNode listed = submitter().get("/api/assessments?status=WITHDRAWN&odsCode=" + view.get("odsCode").asText())
                .json();
        assertThat(listed).extracting(a -> a.get("assessmentId").asText()).containsExactly(id);
    }

    @Test
    void a_stale_if_match_withdraws_nothing() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), answers("Q01", 3)));

        Api.Response refused = submitter().header("If-Match", "\"0\"").post(path(id, "withdrawal"), REASON);

        assertProblem(refused, 412, "stale-version");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded");
    }

    @Test
    void a_submitted_assessment_is_not_withdrawn() {
        String id = submitted();
        long before = eventCount();

        Api.Response refused = submitter().post(path(id, "withdrawal"), REASON);

        assertProblem(refused, 409, "not-withdrawable");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_reason_is_required() {
        String id = draft();

        Api.Response refused = submitter().post(path(id, "withdrawal"), Map.of("reason", "  "));

        assertProblem(refused, 422, "invalid-reason");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void after_withdrawal_only_starting_again_is_accepted_and_it_begins_an_empty_draft() {
        String trust = trust();
        String framework = framework();
        String id = draft(trust, framework);
        ok(submitter().put(path(id, "answers"), answers("Q01", 3)));
        ok(submitter().post(path(id, "withdrawal"), REASON));

        assertProblem(submitter().put(path(id, "answers"), answers("Q01", 4)), 409, "withdrawn");
        assertProblem(submitter().post(path(id, "submission"), null), 409, "withdrawn");
        Api.Response again = submitter().post("/api/assessments", start(trust, YEAR, framework));

        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.header("ETag")).isEqualTo("\"3\"");
        assertThat(again.json().get("assessmentId").asText()).isEqualTo(id);
        JsonNode view = submitter().get("/api/assessments/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("DRAFT");
        assertThat(view.get("answers")).isEmpty();
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "AssessmentWithdrawn",
                "AssessmentStarted");
        assertProblem(submitter().post("/api/assessments", start(trust, YEAR, framework)), 409, "already-exists");
    }
}
