package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/** An assessment's happy paths over HTTP: start, answer, declare, submit, score, approve, return, reopen. */
class AssessmentLifecycleApiTest extends ScenarioApiTest {

    // ---- drafting ---------------------------------------------------------------------------------------

    @Test
    void starting_an_assessment_creates_a_draft_at_the_reference_date() {
        String trust = trust();
        String framework = framework();

        Api.Response started = submitter().post("/api/assessments", start(trust, YEAR, framework));

        String id = trust + "-" + YEAR;
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.header("Location")).isEqualTo("/api/assessments/" + id);
        assertThat(started.header("ETag")).isEqualTo("\"0\"");
        assertThat(started.json().get("assessmentId").asText()).isEqualTo(id);
        JsonNode read = await("/api/assessments/" + id, json -> true);
        assertThat(read.get("status").asText()).isEqualTo("DRAFT");
        assertThat(read.get("revision").asInt()).isEqualTo(1);
        assertThat(read.get("odsCode").asText()).isEqualTo(trust);
        assertThat(read.get("year").asInt()).isEqualTo(YEAR);
        assertThat(read.get("frameworkId").asText()).isEqualTo(framework);
        assertThat(read.get("assessedOn").asText()).isEqualTo(YEAR + "-03-31");
        assertThat(read.get("scores").isNull()).isTrue();
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void answers_are_saved_in_parts_and_a_later_answer_replaces_an_earlier_one() {
        String id = draft();

        Api.Response first = submitter().put(path(id, "answers"), answers("Q01", 2, "Q11", 3));
        Api.Response second = submitter().put(path(id, "answers"), Map.of("answers", List.of(
                Map.of("questionId", "Q01", "score", 4, "comment", "Board reviewed in May"),
                Map.of("questionId", "Q21", "score", 5))));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        JsonNode read = awaitVersion("/api/assessments/" + id, 2);
        assertThat(read.get("status").asText()).isEqualTo("DRAFT");
        assertThat(scoresByQuestion(read)).containsExactly(Map.entry("Q01", 4), Map.entry("Q11", 3), Map.entry("Q21", 5));
        assertThat(read.get("answers").get(0).get("comment").asText()).isEqualTo("Board reviewed in May");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "AnswersRecorded");
    }

    @Test
    void the_epr_is_declared_with_supplier_and_go_live_date() {
        String id = draft();

        Api.Response declared = submitter().put(path(id, "epr"),
                Map.of("status", "LIVE", "supplier", "Example EPR Ltd", "liveSince", "2022-10-01"));

        assertThat(declared.status()).isEqualTo(200);
        assertThat(declared.header("ETag")).isEqualTo("\"1\"");
        JsonNode epr = awaitVersion("/api/assessments/" + id, 1).get("epr");
        assertThat(epr.get("status").asText()).isEqualTo("LIVE");
        assertThat(epr.get("supplier").asText()).isEqualTo("Example EPR Ltd");
        assertThat(epr.get("liveSince").asText()).isEqualTo("2022-10-01");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "EprDeclared");
    }

    // ---- submission and scoring -------------------------------------------------------------------------

    @Test
    void a_submission_is_scored_for_every_measure() {
        String id = complete(3, "LIVE");

        Api.Response submitted = submitter().post(path(id, "submission"), null);

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.header("ETag")).isEqualTo("\"3\"");
        JsonNode read = awaitStatus(id, "SUBMITTED");
        assertThat(read.get("revision").asInt()).isEqualTo(1);
        assertThat(measureNames(read)).containsExactlyElementsOf(Fixtures.MEASURES);
        read.get("scores").get("measures").forEach(score -> assertThat(score.asDouble()).isEqualTo(3.0));
        assertThat(read.get("scores").get("overall").asDouble()).isEqualTo(3.0);
        assertThat(read.get("submittedBy").asText()).isEqualTo("rj1-submitter");
        assertThat(read.get("submittedAt").isNull()).isFalse();
        assertThat(eventTypes(id)).endsWith("AssessmentSubmitted");
    }

    @Test
    void a_measure_scores_the_mean_of_its_questions_and_overall_the_mean_of_measures() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), allAnswers(3, Map.of("Q01", 1, "Q02", 4))));
        ok(submitter().put(path(id, "epr"), epr("LIVE")));

        JsonNode read = submitAndRead(id);

        JsonNode measures = read.get("scores").get("measures");
        assertThat(measures.get("well-led").asDouble()).isEqualTo(2.5);
        assertThat(measures.get("smart-foundations").asDouble()).isEqualTo(3.0);
        assertThat(read.get("scores").get("overall").asDouble()).isEqualTo(2.9286);
        assertThat(read.get("coreCapability").asBoolean()).as("well-led is below 3").isFalse();
        assertThat(read.get("foundational").asBoolean()).as("the foundational measures are 3").isTrue();
    }

    @Test
    void all_threes_with_a_live_epr_is_core_capable_and_foundational() {
        JsonNode read = submitAndRead(complete(3, "LIVE"));

        assertThat(read.get("coreCapability").asBoolean()).isTrue();
        assertThat(read.get("foundational").asBoolean()).isTrue();
    }

    @Test
    void all_twos_is_neither_core_capable_nor_foundational() {
        JsonNode read = submitAndRead(complete(2, "LIVE"));

        assertThat(read.get("scores").get("overall").asDouble()).isEqualTo(2.0);
        assertThat(read.get("coreCapability").asBoolean()).isFalse();
        assertThat(read.get("foundational").asBoolean()).isFalse();
    }

    @Test
    void high_scores_without_a_live_epr_are_neither_core_capable_nor_foundational() {
        JsonNode read = submitAndRead(complete(4, "DEPLOYING"));

        assertThat(read.get("scores").get("overall").asDouble()).isEqualTo(4.0);
        assertThat(read.get("coreCapability").asBoolean()).isFalse();
        assertThat(read.get("foundational").asBoolean()).isFalse();
    }

    // ---- approval, return, reopening --------------------------------------------------------------------

    @Test
    void another_person_approves_a_submission() {
        String id = submitted();

        Api.Response approved = approver().post(path(id, "approval"), Map.of("boardDate", "2024-05-01"));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.header("ETag")).isEqualTo("\"4\"");
        JsonNode read = awaitStatus(id, "APPROVED");
        assertThat(read.get("approvedBy").asText()).isEqualTo("rj1-approver");
        assertThat(read.get("approvedAt").isNull()).isFalse();
        assertThat(read.get("submittedBy").asText()).isEqualTo("rj1-submitter");
        assertThat(eventTypes(id)).endsWith("AssessmentSubmitted", "AssessmentApproved");
    }

    @Test
    void a_returned_submission_is_a_new_draft_revision_while_its_scores_stay_with_revision_one() {
        String id = submitted();
        JsonNode before = awaitStatus(id, "SUBMITTED");

        Api.Response returned = reviewer().post(path(id, "return"), Map.of("reason", "Evidence for WL missing"));

        assertThat(returned.status()).isEqualTo(200);
        JsonNode read = await("/api/assessments/" + id, json -> json.get("revision").asInt() == 2);
        assertThat(read.get("status").asText()).isEqualTo("DRAFT");
        assertThat(read.get("submittedRevision").asInt()).isEqualTo(1);
        assertThat(read.get("scores")).isEqualTo(before.get("scores"));
        assertThat(read.get("coreCapability").asBoolean()).isTrue();
        assertThat(read.get("submittedBy").asText()).isEqualTo("rj1-submitter");
        assertThat(read.get("answers")).hasSize(14);
        assertThat(eventTypes(id)).endsWith("AssessmentSubmitted", "AssessmentReturned");
    }

    @Test
    void a_reopened_approval_starts_a_prefilled_revision_that_supersedes_without_erasing() {
        String id = approved();

        Api.Response reopened = submitter().post(path(id, "reopening"), Map.of("reason", "Late evidence on EPR"));

        assertThat(reopened.status()).isEqualTo(200);
        JsonNode draft = await("/api/assessments/" + id, json -> json.get("revision").asInt() == 2);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("answers")).hasSize(14);
        assertThat(draft.get("epr").get("status").asText()).isEqualTo("LIVE");

        ok(submitter().post(path(id, "submission"), null));

        JsonNode resubmitted = await("/api/assessments/" + id,
                json -> json.get("status").asText().equals("SUBMITTED") && json.get("submittedRevision").asInt() == 2);
        assertThat(resubmitted.get("revision").asInt()).isEqualTo(2);
        assertThat(resubmitted.get("approvedBy").isNull()).as("revision 2 is not approved yet").isTrue();
        assertThat(submittedRevisions(id)).containsExactly(1, 2);
        assertThat(eventTypes(id)).containsSubsequence("AssessmentSubmitted", "AssessmentApproved",
                "AssessmentReopened", "AssessmentSubmitted");
    }

    // ---- listing ----------------------------------------------------------------------------------------

    @Test
    void the_list_filters_by_organisation_year_and_status() {
        String framework = framework();
        String submittedTrust = trust();
        String draftTrust = trust();
        String submitted = draft(submittedTrust, framework);
        String draft = draft(draftTrust, framework);
        ok(submitter().put(path(submitted, "answers"), Fixtures.allAnswers(3)));
        ok(submitter().put(path(submitted, "epr"), epr("NONE")));
        ok(submitter().post(path(submitted, "submission"), null));
        awaitStatus(submitted, "SUBMITTED");
        awaitStatus(draft, "DRAFT");

        assertThat(ids("?odsCode=" + submittedTrust)).containsExactly(submitted);
        assertThat(ids("?odsCode=" + submittedTrust + "&year=" + YEAR + "&status=SUBMITTED")).containsExactly(submitted);
        assertThat(ids("?odsCode=" + submittedTrust + "&year=" + (YEAR + 1))).isEmpty();
        assertThat(ids("?odsCode=" + draftTrust + "&status=SUBMITTED")).isEmpty();
        assertThat(ids("?odsCode=" + draftTrust + "&status=DRAFT")).containsExactly(draft);
        List<String> submittedThisYear = ids("?year=" + YEAR + "&status=SUBMITTED");
        assertThat(submittedThisYear).contains(submitted).doesNotContain(draft);
        JsonNode page = admin().get("/api/assessments?odsCode=" + draftTrust + "&limit=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("assessmentId").asText()).isEqualTo(draft);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private JsonNode submitAndRead(String id) {
        ok(submitter().post(path(id, "submission"), null));
        return awaitStatus(id, "SUBMITTED");
    }

    private JsonNode awaitStatus(String id, String status) {
        return await("/api/assessments/" + id, json -> json.get("status").asText().equals(status));
    }

    private List<String> ids(String query) {
        Api.Response list = admin().get("/api/assessments" + query);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        return list.json().findValuesAsText("assessmentId");
    }

    private List<Integer> submittedRevisions(String id) {
        List<Integer> revisions = new ArrayList<>();
        List<String> types = eventTypes(id);
        List<JsonNode> payloads = eventPayloads(id);
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).equals("AssessmentSubmitted")) {
                revisions.add(payloads.get(i).get("revision").asInt());
            }
        }
        return revisions;
    }

    private static List<String> measureNames(JsonNode read) {
        List<String> names = new ArrayList<>();
        read.get("scores").get("measures").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, Integer> scoresByQuestion(JsonNode read) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        read.get("answers").forEach(a -> scores.put(a.get("questionId").asText(), a.get("score").asInt()));
        return scores;
    }
}
