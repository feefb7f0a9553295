package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/** Next year started from last year's over HTTP: answers and evidence carried, each answer confirmed or changed. */
class CarryForwardApiTest extends ScenarioApiTest {

    private final EvidenceApiTest evidence = new EvidenceApiTest();

    private String nextYearFramework() {
        String id = Fixtures.frameworkId(YEAR + 1);
        assertThat(admin().post("/api/frameworks", Fixtures.framework(id, YEAR + 1)).status()).isEqualTo(201);
        return id;
    }

    private Api.Response upload(String id, byte[] bytes) {
        return submitter().header("X-Requested-With", "test").send("POST", path(id, "evidence"),
                EvidenceApiTest.multipart(EvidenceApiTest.fields("2024-05-01"), "minutes.pdf", "application/pdf",
                        bytes), "multipart/form-data; boundary=" + EvidenceApiTest.BOUNDARY);
    }

    @Test
    void carried_answers_must_each_be_confirmed_or_changed_before_submission() throws Exception {
        String trust = trust();
        String lastYear = draft(trust, framework());
        ok(submitter().put(path(lastYear, "answers"), Fixtures.allAnswers(4)));
        byte[] pdf = ("%PDF-1.4 carried " + trust).getBytes(StandardCharsets.US_ASCII);
        assertThat(upload(lastYear, pdf).status()).isEqualTo(201);
        Api.Response note = submitter().post(path(lastYear, "evidence"), EvidenceApiTest.note("Q01", "2024-05-01"));
        ok(submitter().post(path(lastYear, "evidence/" + note.json().get("evidenceId").asText() + "/withdrawal"),
                Map.of("reason", "wrong")));
        await(path(lastYear, "evidence"), v -> v.get("items").size() == 2
                && v.get("items").get(1).hasNonNull("withdrawnAt"));

        Map<String, Object> start = start(trust, YEAR + 1, nextYearFramework());
        start.put("copyForward", true);
        Api.Response started = submitter().post("/api/assessments", start);
        assertThat(started.status()).as("%s", started).isEqualTo(201);
        String id = started.json().get("assessmentId").asText();

        JsonNode view = await(path(id, "evidence"), v -> v.get("carriedAnswers").size() == 14);
        assertThat(view.get("carriedAnswers")).allMatch(a -> a.get("settled").isNull()
                && a.get("carriedFrom").asText().equals(lastYear));
        assertThat(view.get("items")).as("the withdrawn note stays behind").hasSize(1);
        JsonNode doc = view.get("items").get(0);
        assertThat(doc.get("carriedFrom").asText()).isEqualTo(lastYear);
        assertThat(doc.at("/file/sha256").asText()).isEqualTo(EvidenceApiTest.sha256(pdf));
        assertThat(submitter().get(path(id, "evidence/" + doc.get("evidenceId").asText() + "/file")).text())
                .isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "EvidenceAttached");

        ok(submitter().put(path(id, "epr"), epr("LIVE")));
        JsonNode refused = assertProblem(submitter().post(path(id, "submission"), null), 409,
                "carried-answers-unconfirmed");
        assertThat(refused.get("detail").asText()).contains("Q01").contains("Q62");

        ok(submitter().put(path(id, "answers"), answers("Q01", 2)));
        List<String> rest = new ArrayList<>();
        view.get("carriedAnswers").forEach(a -> rest.add(a.get("questionId").asText()));
        rest.remove("Q01");
        rest.remove("Q62");
        ok(submitter().post(path(id, "confirmation"), Map.of("questionIds", rest)));
        assertProblem(submitter().post(path(id, "submission"), null), 409, "carried-answers-unconfirmed");
        ok(submitter().post(path(id, "confirmation"), Map.of("questionIds", List.of("Q62"))));
        ok(submitter().post(path(id, "submission"), null));

        JsonNode settled = await(path(id, "evidence"), v -> v.get("carriedAnswers").findValues("settled").stream()
                .noneMatch(JsonNode::isNull));
        assertThat(settled.get("carriedAnswers").get(0).get("settled").asText()).isEqualTo("CHANGED");
        assertThat(settled.get("carriedAnswers").get(1).get("settled").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_start_without_copy_forward_carries_nothing() {
        String trust = trust();
        String lastYear = draft(trust, framework());
        ok(submitter().put(path(lastYear, "answers"), Fixtures.allAnswers(4)));

        Api.Response started = submitter().post("/api/assessments", start(trust, YEAR + 1, nextYearFramework()));

        String id = started.json().get("assessmentId").asText();
        assertThat(submitter().get(path(id, "evidence")).json().get("carriedAnswers")).isEmpty();
        assertThat(submitter().get("/api/assessments/" + id).json().get("answers")).isEmpty();
    }
}
