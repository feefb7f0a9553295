package uk.nhs.dma.api.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for tests, and unique codes so tests sharing one database never collide. */
public final class Fixtures {

    public static final List<String> MEASURES = List.of("well-led", "smart-foundations", "safe-practice",
            "support-people", "empower-citizens", "improve-care", "healthy-populations");

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Fixtures() {
    }

    /** A fresh six-character ODS code: the prefix (1 or 2 letters) and a counter, e.g. "T" -> "T00042". */
    public static String code(String prefix) {
        return prefix + String.format("%0" + (6 - prefix.length()) + "d", NEXT.incrementAndGet());
    }

    /** A fresh framework id for the year, e.g. "fw7-2024". */
    public static String frameworkId(int year) {
        return "fw" + NEXT.incrementAndGet() + "-" + year;
    }

    public static Map<String, Object> organisation(String ods, String type, String parent, String openedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("odsCode", ods);
        body.put("name", "Organisation " + ods);
        body.put("type", type);
        body.put("parentCode", parent);
        body.put("openedOn", openedOn);
        return body;
    }

    /**
     * A complete framework: the seven measures, two questions each (the first mandatory, the second
     * optional), ids "{prefix}-{measure index}{1|2}", scores 1 to 5, default capability rules.
     */
    public static Map<String, Object> framework(String frameworkId, int year) {
        List<Map<String, Object>> measures = new ArrayList<>();
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < MEASURES.size(); i++) {
            measures.add(Map.of("id", MEASURES.get(i), "name", "Measure " + MEASURES.get(i)));
            for (int j = 1; j <= 2; j++) {
                questions.add(Map.of("id", "Q" + i + j, "measureId", MEASURES.get(i),
                        "text", "Question " + j + " on " + MEASURES.get(i), "minScore", 1, "maxScore", 5,
                        "mandatory", j == 1));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("frameworkId", frameworkId);
        body.put("title", "Test framework " + frameworkId);
        body.put("assessmentYear", year);
        body.put("referenceDate", year + "-03-31");
        body.put("measures", measures);
        body.put("questions", questions);
        body.put("rules", Map.of(
                "coreCapability", Map.of("minMeasureScore", 3.0, "requiresEpr", true),
                "foundational", Map.of("measureIds", List.of("smart-foundations", "safe-practice"),
                        "minMeasureScore", 3.0, "requiresEpr", true)));
        return body;
    }

    /** Answers to every question of {@link #framework} with the same score. */
    public static Map<String, Object> allAnswers(int score) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < MEASURES.size(); i++) {
            for (int j = 1; j <= 2; j++) {
                answers.add(Map.of("questionId", "Q" + i + j, "score", score));
            }
        }
        return Map.of("answers", answers);
    }
}
