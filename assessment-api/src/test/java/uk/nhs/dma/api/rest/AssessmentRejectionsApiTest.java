package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/** Every refused assessment command: the right status and rule, and nothing stored. */
class AssessmentRejectionsApiTest extends ScenarioApiTest {

    // ---- starting ---------------------------------------------------------------------------------------

    @Test
    void starting_twice_is_a_conflict() {
        String trust = trust();
        String framework = framework();
        String id = draft(trust, framework);

        Api.Response again = submitter().post("/api/assessments", start(trust, YEAR, framework));

        assertProblem(again, 409, "already-exists");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void an_assessed_on_date_in_the_future_is_refused() {
        String trust = trust();
        Map<String, Object> body = start(trust, YEAR, framework());
        body.put("assessedOn", "2099-01-01");

        Api.Response refused = submitter().post("/api/assessments", body);

        assertProblem(refused, 422, "invalid-assessedOn");
        assertThat(eventTypes(trust + "-" + YEAR)).isEmpty();
    }

    @Test
    void a_year_the_framework_is_not_for_is_refused() {
        String trust = trust();

        Api.Response refused = submitter().post("/api/assessments", start(trust, YEAR + 1, framework()));

        assertProblem(refused, 422, "invalid-year");
        assertThat(eventTypes(trust + "-" + (YEAR + 1))).isEmpty();
    }

    @Test
    void an_unpublished_framework_is_refused() {
        String trust = trust();
        String unpublished = Fixtures.frameworkId(YEAR);

        Api.Response refused = submitter().post("/api/assessments", start(trust, YEAR, unpublished));

        assertProblem(refused, 422, "unknown-frameworkId");
        assertThat(eventTypes(trust + "-" + YEAR)).isEmpty();
        assertThat(eventTypes(unpublished)).isEmpty();
    }

    @Test
    void an_organisation_closed_before_the_assessment_date_is_refused() {
        String trust = trust();
        ok(admin().post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2023-09-30")));

        Api.Response refused = submitter().post("/api/assessments", start(trust, YEAR, framework()));

        assertProblem(refused, 409, "organisation-not-open");
        assertThat(eventTypes(trust + "-" + YEAR)).isEmpty();
    }

    // ---- answering --------------------------------------------------------------------------------------

    @Test
    void a_score_out_of_range_is_refused() {
        String id = draft();

        assertProblem(submitter().put(path(id, "answers"), answers("Q01", 6)), 422, "invalid-score");
        assertProblem(submitter().put(path(id, "answers"), answers("Q01", 0)), 422, "invalid-score");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void an_unknown_question_is_refused() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "answers"), answers("Q01", 3, "NOPE-99", 3));

        assertProblem(refused, 422, "unknown-questionId");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void the_same_question_twice_in_one_request_is_refused() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "answers"), answers("Q01", 3, "Q01", 4));

        assertProblem(refused, 422, "invalid-questionId");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void an_answer_without_a_score_is_refused() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "answers"),
                Map.of("answers", List.of(Map.of("questionId", "Q01"))));

        assertProblem(refused, 422, "invalid-score");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void answering_after_submission_is_a_conflict() {
        String id = submitted();
        List<String> before = eventTypes(id);

        Api.Response refused = submitter().put(path(id, "answers"), answers("Q01", 5));

        assertProblem(refused, 409, "not-draft");
        assertThat(eventTypes(id)).isEqualTo(before);
    }

    // ---- the EPR ----------------------------------------------------------------------------------------

    @Test
    void a_live_epr_without_a_go_live_date_is_refused() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "epr"), Map.of("status", "LIVE"));

        assertProblem(refused, 422, "invalid-liveSince");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void a_go_live_date_in_the_future_is_refused() {
        String id = draft();

        Api.Response refused = submitter().put(path(id, "epr"), Map.of("status", "LIVE", "liveSince", "2099-01-01"));

        assertProblem(refused, 422, "invalid-liveSince");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    // ---- submitting -------------------------------------------------------------------------------------

    @Test
    void submitting_without_every_mandatory_answer_is_a_conflict() {
        String id = draft();
        Map<String, Object> allButOne = new HashMap<>(Fixtures.allAnswers(3));
        allButOne.put("answers", ((List<?>) allButOne.get("answers")).subList(1, 14));
        ok(submitter().put(path(id, "answers"), allButOne));
        ok(submitter().put(path(id, "epr"), epr("LIVE")));

        Api.Response refused = submitter().post(path(id, "submission"), null);

        assertProblem(refused, 409, "mandatory-questions-unanswered");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "EprDeclared");
    }

    @Test
    void submitting_without_an_epr_declaration_is_a_conflict() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), Fixtures.allAnswers(3)));

        Api.Response refused = submitter().post(path(id, "submission"), null);

        assertProblem(refused, 409, "epr-not-declared");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded");
    }

    // ---- approving, returning, reopening ----------------------------------------------------------------

    /** admin may both submit and approve (the test users give it both roles), but not the same revision. */
    @Test
    void the_submitter_cannot_approve_their_own_submission() {
        String id = complete(3, "LIVE");
        ok(admin().post(path(id, "submission"), null));
        List<String> before = eventTypes(id);

        Api.Response refused = admin().post(path(id, "approval"), null);

        assertProblem(refused, 403, "self-approval");
        assertThat(eventTypes(id)).isEqualTo(before);
    }

    /** Four eyes: whoever recorded answers or the EPR of the revision cannot approve it either. */
    @Test
    void someone_who_declared_the_epr_cannot_approve_the_revision() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), Fixtures.allAnswers(3)));
        ok(admin().put(path(id, "epr"), epr("LIVE")));
        ok(submitter().post(path(id, "submission"), null));
        List<String> before = eventTypes(id);

        Api.Response refused = admin().post(path(id, "approval"), Map.of("boardDate", "2024-05-01"));

        assertThat(assertProblem(refused, 403, "four-eyes").path("detail").asText()).contains("admin");
        assertThat(eventTypes(id)).isEqualTo(before);
        ok(approver().post(path(id, "approval"), Map.of("boardDate", "2024-05-01")));
        assertThat(eventTypes(id)).last().isEqualTo("AssessmentApproved");
    }

    @Test
    void a_draft_cannot_be_approved() {
        String id = complete(3, "LIVE");
        List<String> before = eventTypes(id);

        Api.Response refused = approver().post(path(id, "approval"), null);

        assertProblem(refused, 409, "not-awaiting-approval");
        assertThat(eventTypes(id)).isEqualTo(before);
    }

    @Test
    void a_return_needs_a_reason() {
        String id = submitted();
        List<String> before = eventTypes(id);

        Api.Response refused = reviewer().post(path(id, "return"), Map.of("reason", "  "));

        assertProblem(refused, 422, "invalid-reason");
        assertThat(eventTypes(id)).isEqualTo(before);
    }

    @Test
    void reopening_a_draft_is_a_conflict() {
        String id = draft();

        Api.Response refused = submitter().post(path(id, "reopening"), Map.of("reason", "Second thoughts"));

        assertProblem(refused, 409, "already-draft");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    // ---- unknown assessments ----------------------------------------------------------------------------

    @Test
    void commands_on_an_unknown_assessment_are_not_found() {
        String id = Fixtures.code("R") + "-" + YEAR;

        assertProblem(admin().get("/api/assessments/" + id), 404, "not-found");
        assertProblem(submitter().put(path(id, "answers"), answers("Q01", 3)), 404, "not-found");
        assertProblem(submitter().put(path(id, "epr"), epr("NONE")), 404, "not-found");
        assertProblem(submitter().post(path(id, "submission"), null), 404, "not-found");
        assertProblem(approver().post(path(id, "approval"), null), 404, "not-found");
        assertProblem(reviewer().post(path(id, "return"), Map.of("reason", "why")), 404, "not-found");
        assertProblem(submitter().post(path(id, "reopening"), Map.of("reason", "why")), 404, "not-found");
        assertProblem(admin().get("/api/assessments/not-an-id"), 404, "not-found");
        assertThat(eventTypes(id)).isEmpty();
    }
}
