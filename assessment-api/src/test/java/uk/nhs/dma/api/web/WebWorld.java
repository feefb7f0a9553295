package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * What the browser tests stand on, made once per database through the API: region WBR01, ICB WBI01 and trusts
 * WB0001 to WB0005 (the scope of the test users w-submitter and w-approver); last year's framework (2025) and this
 * year's (2026), in which question Q61 was replaced by Q63, so its answer does not carry forward.
 */
final class WebWorld {

    static final int THIS_YEAR = 2026;
    static final String NEW_QUESTION = "A new question on healthy-populations";

    private WebWorld() {
    }

    private static final Map<Integer, String> FRAMEWORKS = new LinkedHashMap<>();

    static synchronized void ensure(Api admin) {
        if (!FRAMEWORKS.isEmpty()) {
            return;
        }
        created(admin.post("/api/organisations", Fixtures.organisation("WBR01", "REGION", null, "2020-01-01")));
        created(admin.post("/api/organisations", Fixtures.organisation("WBI01", "ICB", "WBR01", "2020-01-01")));
        for (String trust : List.of("WB0001", "WB0002", "WB0003", "WB0004", "WB0005")) {
            created(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", "WBI01", "2020-01-01")));
        }
        String lastYear = Fixtures.frameworkId(THIS_YEAR - 1);
        created(admin.post("/api/frameworks", Fixtures.framework(lastYear, THIS_YEAR - 1)));
        Map<String, Object> thisYear = thisYearsFramework();
        created(admin.post("/api/frameworks", thisYear));
        FRAMEWORKS.put(THIS_YEAR - 1, lastYear);
        FRAMEWORKS.put(THIS_YEAR, (String) thisYear.get("frameworkId"));
    }

    /** Last year's questions, but Q61 replaced by the mandatory Q63. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> thisYearsFramework() {
        Map<String, Object> framework = new LinkedHashMap<>(Fixtures.framework(Fixtures.frameworkId(THIS_YEAR), THIS_YEAR));
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) framework.get("questions")) {
            if (q.get("id").equals("Q61")) {
                Map<String, Object> replaced = new LinkedHashMap<>(q);
                replaced.put("id", "Q63");
                replaced.put("text", NEW_QUESTION);
                questions.add(replaced);
            } else {
                questions.add(q);
            }
        }
        framework.put("questions", questions);
        return framework;
    }

    /** Starts, answers (every question of last year's framework with the score), declares a live EPR and submits. */
    @SuppressWarnings("unchecked")
    static void submitted(Api as, String trust, int year, int score) {
        String framework = frameworkOf(as, year);
        created(as.post("/api/assessments", Map.of("odsCode", trust, "year", year, "frameworkId", framework)));
        String id = trust + "-" + year;
        Map<String, Object> answers = Fixtures.allAnswers(score);
        if (year == THIS_YEAR) {
            List<Map<String, Object>> list = new ArrayList<>((List<Map<String, Object>>) answers.get("answers"));
            list.replaceAll(a -> a.get("questionId").equals("Q61") ? Map.of("questionId", "Q63", "score", score) : a);
            answers = Map.of("answers", list);
        }
        ok(as.put("/api/assessments/" + id + "/answers", answers));
        ok(as.put("/api/assessments/" + id + "/epr", Map.of("status", "LIVE", "supplier", "Epic", "liveSince", "2024-04-01")));
        ok(as.post("/api/assessments/" + id + "/submission", Map.of()));
    }

    static String frameworkOf(Api as, int year) {
        return FRAMEWORKS.get(year);
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
