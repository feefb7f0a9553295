package uk.nhs.dma.api.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A 2025-style framework body: a question set per care setting, scored LEVEL_GATED. */
public final class CareSettingFixtures {

    private CareSettingFixtures() {
    }

    public static final List<String> PREFIXES = List.of("WL", "SF", "SP", "PE", "EC", "IC", "HP");
    public static final List<String> TRUSTS = List.of("ACUTE", "AMBULANCE", "COMMUNITY", "MENTAL_HEALTH",
            "MENTAL_HEALTH_AND_COMMUNITY");

    /**
     * Per measure a provider domain ({prefix}-P: elements P2a, P2b, P3, P4) and an ICB domain ({prefix}-I: I2, I3).
     * Trusts answer the provider domains, ICBs the ICB domains, practices the provider elements up to level 3.
     */
    public static Map<String, Object> dma(String frameworkId, int year) {
        List<Map<String, Object>> measures = new ArrayList<>();
        List<Map<String, Object>> domains = new ArrayList<>();
        List<Map<String, Object>> questions = new ArrayList<>();
        List<String> trust = new ArrayList<>();
        List<String> icb = new ArrayList<>();
        List<String> practice = new ArrayList<>();
        for (int i = 0; i < PREFIXES.size(); i++) {
            String measure = Fixtures.MEASURES.get(i);
            String p = PREFIXES.get(i);
            measures.add(Map.of("id", measure, "name", "Measure " + measure));
            domains.add(Map.of("id", p + "-P", "measureId", measure, "name", "Provider " + p, "levels", List.of(
                    Map.of("level", 1, "text", "Nothing in place"), Map.of("level", 3, "text", "In place"))));
            domains.add(Map.of("id", p + "-I", "measureId", measure, "name", "System " + p));
            for (String e : List.of("P2a", "P2b", "P3", "P4")) {
                questions.add(Map.of("id", p + "-" + e, "domainId", p + "-P", "text", "Element " + e,
                        "level", e.charAt(1) - '0'));
                trust.add(p + "-" + e);
                if (!e.equals("P4")) {
                    practice.add(p + "-" + e);
                }
            }
            for (String e : List.of("I2", "I3")) {
                questions.add(Map.of("id", p + "-" + e, "domainId", p + "-I", "text", "Element " + e,
                        "level", e.charAt(1) - '0', "replaces", List.of("Q" + i + "1")));
                icb.add(p + "-" + e);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("frameworkId", frameworkId);
        body.put("title", "Digital maturity assessment " + year);
        body.put("assessmentYear", year);
        body.put("referenceDate", year + "-03-31");
        body.put("scoring", "LEVEL_GATED");
        body.put("measures", measures);
        body.put("domains", domains);
        body.put("questions", questions);
        body.put("questionSets", List.of(Map.of("organisationTypes", TRUSTS, "questionIds", trust),
                Map.of("organisationTypes", List.of("ICB"), "questionIds", icb),
                Map.of("organisationTypes", List.of("GENERAL_PRACTICE"), "questionIds", practice)));
        return body;
    }

}
