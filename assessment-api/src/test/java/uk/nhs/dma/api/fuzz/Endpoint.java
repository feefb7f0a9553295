package uk.nhs.dma.api.fuzz;

import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/** The command endpoints under fuzz, each with the id it normally addresses and a valid body to mutate. */
enum Endpoint {
    ORGANISATIONS("POST", "/api/organisations", null,
            "{\"odsCode\":\"ZN1\",\"name\":\"New trust\",\"type\":\"ACUTE\",\"parentCode\":\"ZI1\","
                    + "\"openedOn\":\"2021-04-01\"}"),
    REASSIGNMENT("POST", "/api/organisations/{id}/reassignment", "ZT1",
            "{\"parentCode\":\"ZI2\",\"effectiveFrom\":\"2023-04-01\"}"),
    CLOSURE("POST", "/api/organisations/{id}/closure", "ZT1", "{\"closedOn\":\"2025-03-31\",\"successorOdsCode\":\"ZT2\"}"),
    PROGRAMME_STATUS("POST", "/api/organisations/{id}/programme-statuses", "ZT1",
            "{\"status\":\"FAST_FOLLOWER\",\"awardedOn\":\"2021-06-01\"}"),
    FRAMEWORKS("POST", "/api/frameworks", null, json(Fixtures.framework("fuzzed-2025", 2025))),
    ASSESSMENTS("POST", "/api/assessments", null,
            "{\"odsCode\":\"ZT1\",\"year\":2024,\"frameworkId\":\"fuzz-2024\",\"assessedOn\":\"2024-03-31\"}"),
    ANSWERS("PUT", "/api/assessments/{id}/answers", "ZT2-2024",
            "{\"answers\":[{\"questionId\":\"Q01\",\"score\":3,\"comment\":\"ok\"},{\"questionId\":\"Q11\",\"score\":4}]}"),
    EPR("PUT", "/api/assessments/{id}/epr", "ZT2-2024",
            "{\"status\":\"LIVE\",\"supplier\":\"Supplier\",\"liveSince\":\"2022-01-01\"}"),
    SUBMISSION("POST", "/api/assessments/{id}/submission", "ZT2-2024", "{}"),
    APPROVAL("POST", "/api/assessments/{id}/approval", "ZT3-2024", "{\"boardDate\":\"2024-05-01\"}"),
    RETURN("POST", "/api/assessments/{id}/return", "ZT3-2024", "{\"reason\":\"Evidence missing\"}"),
    REOPENING("POST", "/api/assessments/{id}/reopening", "ZT3-2024", "{\"reason\":\"Correction\"}"),
    TARGETS("POST", "/api/targets", null,
            "{\"targetId\":\"fuzz-target\",\"name\":\"Fuzz target\",\"metric\":\"EPR_LIVE\",\"population\":[\"ACUTE\"],"
                    + "\"countedEprStatuses\":[\"LIVE\"],\"milestones\":[{\"dueBy\":\"2025-03-31\","
                    + "\"thresholdPercent\":90}],\"source\":\"Fuzz\"}"),
    REVISIONS("POST", "/api/targets/{id}/revisions", "fuzz-target",
            "{\"effectiveFrom\":\"2025-04-01\",\"reason\":\"Moved\",\"source\":\"Fuzz\",\"milestones\":"
                    + "[{\"dueBy\":\"2026-03-31\",\"thresholdPercent\":100}],\"countedEprStatuses\":[\"LIVE\"]}");

    final String method;
    final String template;
    private final String pathTemplate;
    private final String id;

    Endpoint(String method, String pathTemplate, String id, String template) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.id = id;
        this.template = template;
    }

    /** The path, with the fuzzed id in place of the usual one when there is one. */
    String path(String fuzzedId) {
        return id == null ? pathTemplate : pathTemplate.replace("{id}", fuzzedId == null ? id : fuzzedId);
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
