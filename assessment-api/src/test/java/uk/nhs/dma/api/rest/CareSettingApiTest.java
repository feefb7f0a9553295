package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.CareSettingFixtures;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A 2025-style framework, a question set per care setting scored LEVEL_GATED, used end to end by an acute trust, an
 * ambulance trust, an ICB and a general practice; and the bad input around it.
 */
class CareSettingApiTest extends ScenarioApiTest {

    static Map<String, Object> dma(String frameworkId) {
        return CareSettingFixtures.dma(frameworkId, 2025);
    }

    /** Every element of the listed ids met (1) up to the level, unmet above. */
    static Map<String, Object> metUpTo(List<String> elementIds, int level) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String id : elementIds) {
            answers.add(Map.of("questionId", id, "score", id.charAt(id.indexOf('-') + 2) - '0' <= level ? 1 : 0));
        }
        return Map.of("answers", answers);
    }

    @SuppressWarnings("unchecked")
    static List<String> set(Map<String, Object> framework, int index) {
        return (List<String>) ((List<Map<String, Object>>) framework.get("questionSets")).get(index).get("questionIds");
    }

    private void assess2025(String ods, String framework, List<String> elements, int level) {
        ok201(submitter().post("/api/assessments", start(ods, 2025, framework)));
        String id = ods + "-2025";
        ok(submitter().put(path(id, "answers"), metUpTo(elements, level)));
        ok(submitter().put(path(id, "epr"), epr("LIVE")));
        ok(submitter().post(path(id, "submission"), null));
        ok(approver().post(path(id, "approval"), Map.of("boardDate", "2025-05-01")));
    }

    private static void ok201(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(201);
    }

    @Test
    void a_2025_framework_by_care_setting_is_used_end_to_end_by_an_acute_an_ambulance_an_icb_and_a_practice() {
        String region = region();
        String icb = icb(region);
        String acute = trust(icb, "2001-04-01");
        String ambulance = register(Fixtures.code("RX"), "AMBULANCE", icb, "2001-04-01");
        String practice = register(Fixtures.code("F"), "GENERAL_PRACTICE", icb, "2001-04-01");
        String fw2024 = Fixtures.frameworkId(2024);
        ok201(admin().post("/api/frameworks", Fixtures.framework(fw2024, 2024)));
        String fw2025 = Fixtures.frameworkId(2025);
        Map<String, Object> dma = dma(fw2025);
        Api.Response published = admin().post("/api/frameworks", dma);
        ok201(published);
        assertThat(published.json().get("scoring").asText()).isEqualTo("LEVEL_GATED");
        assertThat(admin().post("/api/frameworks", dma).status()).isEqualTo(200);
        JsonNode read = admin().get("/api/frameworks/" + fw2025).json();
        assertThat(read.get("questionSets")).hasSize(3);
        assertThat(read.get("questions").get(0).get("minScore").asInt()).isZero();
        assertThat(read.get("domains").get(0).get("levels").get(1).get("text").asText()).isEqualTo("In place");

        // the acute trust's 2024 assessment (mean scoring, all 2) gives its trajectory a second year
        ok201(submitter().post("/api/assessments", start(acute, 2024, fw2024)));
        ok(submitter().put(path(acute + "-2024", "answers"), Fixtures.allAnswers(2)));
        ok(submitter().put(path(acute + "-2024", "epr"), epr("LIVE")));
        ok(submitter().post(path(acute + "-2024", "submission"), null));

        assess2025(acute, fw2025, set(dma, 0), 3);
        assess2025(ambulance, fw2025, set(dma, 0), 2);
        assess2025(icb, fw2025, set(dma, 1), 3);
        assess2025(practice, fw2025, set(dma, 2), 3);

        JsonNode acuteView = await("/api/assessments/" + acute + "-2025", j -> "APPROVED".equals(j.path("status").asText()));
        assertThat(acuteView.get("scores").get("overall").decimalValue()).isEqualByComparingTo("3");
        assertThat(acuteView.get("coreCapability").asBoolean()).isTrue();
        JsonNode ambulanceView = await("/api/assessments/" + ambulance + "-2025",
                j -> "APPROVED".equals(j.path("status").asText()));
        assertThat(ambulanceView.get("scores").get("measures").get("well-led").decimalValue()).isEqualByComparingTo("2");
        assertThat(ambulanceView.get("coreCapability").asBoolean()).isFalse();
        assertThat(await("/api/assessments/" + icb + "-2025", j -> "APPROVED".equals(j.path("status").asText()))
                .get("scores").get("overall").decimalValue()).isEqualByComparingTo("3");
        assertThat(await("/api/assessments/" + practice + "-2025", j -> "APPROVED".equals(j.path("status").asText()))
                .get("coreCapability").asBoolean()).isTrue();

        JsonNode submitted = eventPayloads(ambulance + "-2025").stream()
                .filter(p -> p.has("scores")).findFirst().orElseThrow();
        assertThat(submitted.get("scoring").asText()).isEqualTo("LEVEL_GATED");
        assertThat(submitted.get("organisationType").asText()).isEqualTo("AMBULANCE");
        assertThat(submitted.get("scores").get("domains").get("WL-P").decimalValue()).isEqualByComparingTo("2");

        // an ICB inside a region's scope is the capabilities branch's work (populations by region); the ICB's own
        // result is checked above
        String target = "core-" + region.toLowerCase();
        assertThat(admin().post("/api/targets", Map.of("targetId", target, "name", "Core in our region",
                "metric", "CORE_CAPABILITY", "population", List.of("ACUTE", "AMBULANCE", "GENERAL_PRACTICE"),
                "countedAssessmentStatuses", List.of("APPROVED"),
                "milestones", List.of(Map.of("dueBy", "2026-03-31", "thresholdPercent", 70)), "source", "test"))
                .status()).isEqualTo(201);
        JsonNode progress = await("/api/targets/" + target + "/progress?asOf=2025-06-01&scope=REGION:" + region,
                j -> j.path("numerator").asInt() == 2);
        assertThat(progress.get("denominator").asInt()).isEqualTo(3);
        assertThat(progress.get("approved").asInt()).isEqualTo(2);
        assertThat(progress.get("nonCompliant")).extracting(JsonNode::asText).containsExactly(ambulance);

        JsonNode trajectory = await("/api/organisations/" + acute + "/trajectory", j -> j.path("years").size() == 2);
        assertThat(trajectory.get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(trajectory.get("trend").get("well-led").decimalValue()).isEqualByComparingTo("1");
        assertThat(trajectory.get("trend")).hasSize(7);
    }

    @Test
    void a_type_the_framework_does_not_cover_cannot_start_and_nothing_is_stored() {
        String provider = register(Fixtures.code("V"), "ADULT_SOCIAL_CARE_PROVIDER", icb(region()), "2001-04-01");
        String fw = Fixtures.frameworkId(2025);
        ok201(admin().post("/api/frameworks", dma(fw)));

        assertProblem(submitter().post("/api/assessments", start(provider, 2025, fw)), 422, "no-question-set");
        assertThat(eventTypes(provider + "-2025")).isEmpty();
    }

    @Test
    void an_element_of_another_set_is_refused_and_nothing_is_stored() {
        String icb = icb(region());
        String fw = Fixtures.frameworkId(2025);
        ok201(admin().post("/api/frameworks", dma(fw)));
        ok201(submitter().post("/api/assessments", start(icb, 2025, fw)));

        assertProblem(submitter().put(path(icb + "-2025", "answers"), answers("WL-P2a", 1)), 422,
                "unknown-questionId");
        assertProblem(submitter().put(path(icb + "-2025", "answers"), answers("WL-I2", 2)), 422, "invalid-score");
        assertThat(eventTypes(icb + "-2025")).containsExactly("AssessmentStarted");
    }

    @Test
    void a_badly_built_level_gated_framework_is_refused_and_nothing_is_stored() {
        String fw = Fixtures.frameworkId(2025);
        Map<String, Object> sixth = dma(fw);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = new ArrayList<>((List<Map<String, Object>>) sixth.get("questions"));
        Map<String, Object> first = new LinkedHashMap<>(questions.get(0));
        first.put("level", 6);
        questions.set(0, first);
        sixth.put("questions", questions);
        assertProblem(admin().post("/api/frameworks", sixth), 422, "invalid-questions.level");

        Map<String, Object> unknownType = dma(fw);
        unknownType.put("questionSets", List.of(Map.of("organisationTypes", List.of("REGION"),
                "questionIds", set(dma(fw), 0))));
        assertProblem(admin().post("/api/frameworks", unknownType), 422, "invalid-questionSets.organisationTypes");

        Map<String, Object> badMethod = dma(fw);
        badMethod.put("scoring", "MEDIAN");
        assertThat(admin().post("/api/frameworks", badMethod).status()).isBetween(400, 422);
        assertThat(eventTypes(fw)).isEmpty();
    }
}
