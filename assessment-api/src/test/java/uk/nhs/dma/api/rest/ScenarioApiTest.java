package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Shared steps for the REST black-box tests: a fresh hierarchy, a published framework and an assessment at
 * any point of its lifecycle, each built over HTTP; and waiting for the eventually consistent read side.
 */
abstract class ScenarioApiTest extends ApiTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final int YEAR = 2024;

    Api submitter() {
        return as("rj1-submitter");
    }

    Api approver() {
        return as("rj1-approver");
    }

    /** A national analyst, who may return a submission for changes. */
    Api reviewer() {
        return as("analyst");
    }

    // ---- organisations ----------------------------------------------------------------------------------

    String region() {
        return register(Fixtures.code("Y"), "REGION", null, null);
    }

    String icb(String region) {
        return register(Fixtures.code("Q"), "ICB", region, "2022-07-01");
    }

    String trust(String icb, String openedOn) {
        return register(Fixtures.code("R"), "ACUTE", icb, openedOn);
    }

    /** A trust opened on 1 April 2001, under a fresh ICB in a fresh region. */
    String trust() {
        return trust(icb(region()), "2001-04-01");
    }

    String register(String ods, String type, String parent, String openedOn) {
        Api.Response created = admin().post("/api/organisations", Fixtures.organisation(ods, type, parent, openedOn));
        assertThat(created.status()).as("registering %s: %s", ods, created).isEqualTo(201);
        return ods;
    }

    // ---- frameworks -------------------------------------------------------------------------------------

    /** Publishes {@link Fixtures#framework} for {@link #YEAR} under a fresh id. */
    String framework() {
        String id = Fixtures.frameworkId(YEAR);
        Api.Response published = admin().post("/api/frameworks", Fixtures.framework(id, YEAR));
        assertThat(published.status()).as("publishing %s: %s", id, published).isEqualTo(201);
        return id;
    }

    // ---- assessments ------------------------------------------------------------------------------------

    static Map<String, Object> start(String ods, Object year, String frameworkId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("odsCode", ods);
        body.put("year", year);
        body.put("frameworkId", frameworkId);
        return body;
    }

    /** A draft assessment of a fresh trust against a fresh framework; returns its id. */
    String draft() {
        return draft(trust(), framework());
    }

    String draft(String ods, String frameworkId) {
        Api.Response started = submitter().post("/api/assessments", start(ods, YEAR, frameworkId));
        assertThat(started.status()).as("starting %s: %s", ods, started).isEqualTo(201);
        return started.json().get("assessmentId").asText();
    }

    /** Every question answered with the score, and the EPR declared: ready to submit. */
    String complete(int score, String eprStatus) {
        String id = draft();
        ok(submitter().put(path(id, "answers"), Fixtures.allAnswers(score)));
        ok(submitter().put(path(id, "epr"), epr(eprStatus)));
        return id;
    }

    /** Submitted by rj1-submitter, every question scored 3, EPR live. */
    String submitted() {
        String id = complete(3, "LIVE");
        ok(submitter().post(path(id, "submission"), null));
        return id;
    }

    /** Submitted by rj1-submitter and approved by rj1-approver. */
    String approved() {
        String id = submitted();
        ok(approver().post(path(id, "approval"), Map.of("boardDate", "2024-05-01")));
        return id;
    }

    static String path(String assessmentId, String action) {
        return "/api/assessments/" + assessmentId + "/" + action;
    }

    /** An EPR declaration; LIVE gets a past liveSince. */
    static Map<String, Object> epr(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("supplier", "Example EPR Ltd");
        if ("LIVE".equals(status)) {
            body.put("liveSince", "2022-10-01");
        }
        return body;
    }

    /** Answers as question id / score pairs: answers("Q01", 3, "Q02", 4). */
    static Map<String, Object> answers(Object... questionAndScore) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < questionAndScore.length; i += 2) {
            answers.add(Map.of("questionId", questionAndScore[i], "score", questionAndScore[i + 1]));
        }
        return Map.of("answers", answers);
    }

    /** Answers to every question with the same score, except the given overrides. */
    static Map<String, Object> allAnswers(int score, Map<String, Integer> overrides) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < Fixtures.MEASURES.size(); i++) {
            for (int j = 1; j <= 2; j++) {
                String question = "Q" + i + j;
                answers.add(Map.of("questionId", question, "score", overrides.getOrDefault(question, score)));
            }
        }
        return Map.of("answers", answers);
    }

    // ---- responses and the read side --------------------------------------------------------------------

    static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response;
    }

    /** GETs the path until it answers 200 with a body the check accepts. */
    JsonNode await(String path, Predicate<JsonNode> until) {
        Api.Response response = Eventually.await(() -> admin().get(path),
                r -> r.status() == 200 && until.test(r.json()), WAIT);
        return response.json();
    }

    /** GETs the resource once the read side has caught up with the version. */
    JsonNode awaitVersion(String path, long version) {
        return await(path, json -> json.path("version").asLong(-1) >= version);
    }

    /** The stored events of one aggregate, as their JSON payloads, in sequence order. */
    List<JsonNode> eventPayloads(String aggregateId) {
        return jdbc.queryForList("select convert_from(payload, 'UTF8') from domain_event_entry"
                        + " where aggregate_identifier = ? order by sequence_number", String.class, aggregateId)
                .stream().map(ScenarioApiTest::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
