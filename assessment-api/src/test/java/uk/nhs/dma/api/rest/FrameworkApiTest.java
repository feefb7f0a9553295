package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

class FrameworkApiTest extends ScenarioApiTest {

    @Test
    void publishing_a_framework_creates_it() {
        String id = Fixtures.frameworkId(YEAR);

        Api.Response published = admin().post("/api/frameworks", Fixtures.framework(id, YEAR));

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.header("Location")).isEqualTo("/api/frameworks/" + id);
        assertThat(published.header("ETag")).isEqualTo("\"0\"");
        assertThat(published.json().get("frameworkId").asText()).isEqualTo(id);
        assertThat(eventTypes(id)).containsExactly("FrameworkPublished");
    }

    @Test
    void publishing_the_same_content_again_changes_nothing() {
        String id = framework();

        Api.Response again = admin().post("/api/frameworks", Fixtures.framework(id, YEAR));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"0\"");
        assertThat(eventTypes(id)).containsExactly("FrameworkPublished");
    }

    @Test
    void publishing_different_content_under_the_same_id_is_a_conflict() {
        String id = framework();
        Map<String, Object> changed = Fixtures.framework(id, YEAR);
        changed.put("title", "A different title");

        Api.Response refused = admin().post("/api/frameworks", changed);

        assertProblem(refused, 409, "framework-already-published");
        assertThat(eventTypes(id)).containsExactly("FrameworkPublished");
    }

    @Test
    void a_framework_without_all_seven_measures_is_refused() {
        String id = Fixtures.frameworkId(YEAR);
        Map<String, Object> body = Fixtures.framework(id, YEAR);
        body.put("measures", without(body.get("measures"), "id", "healthy-populations"));
        body.put("questions", without(body.get("questions"), "measureId", "healthy-populations"));

        Api.Response refused = admin().post("/api/frameworks", body);

        assertProblem(refused, 422, "invalid-measures");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void a_question_on_an_unknown_measure_is_refused() {
        String id = Fixtures.frameworkId(YEAR);
        Map<String, Object> body = Fixtures.framework(id, YEAR);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = new ArrayList<>((List<Map<String, Object>>) body.get("questions"));
        Map<String, Object> stray = new HashMap<>(questions.get(0));
        stray.put("id", "QX1");
        stray.put("measureId", "interoperability");
        questions.add(stray);
        body.put("questions", questions);

        Api.Response refused = admin().post("/api/frameworks", body);

        assertProblem(refused, 422, "invalid-questions.measureId");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void a_published_framework_reads_back_with_the_field_names_it_was_posted_with() {
        String id = Fixtures.frameworkId(YEAR);
        Map<String, Object> body = Fixtures.framework(id, YEAR);
        assertThat(admin().post("/api/frameworks", body).status()).isEqualTo(201);
        JsonNode posted = Api.JSON.valueToTree(body);

        JsonNode read = await("/api/frameworks/" + id, json -> true);

        List<String> topLevel = fieldNames(read);
        topLevel.removeAll(List.of("publishedAt", "publishedBy"));
        List<String> expected = fieldNames(posted);
        expected.add("scoring"); // the method a framework without one is scored by: MEAN, as before
        assertThat(topLevel).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(read.get("scoring").asText()).isEqualTo("MEAN");
        assertSameShape(posted, read, "");
        assertThat(read.get("frameworkId").asText()).isEqualTo(id);
        assertThat(read.get("assessmentYear").asInt()).isEqualTo(YEAR);
        assertThat(read.get("referenceDate").asText()).isEqualTo(YEAR + "-03-31");
        assertThat(read.get("questions").get(0).get("id").asText()).isEqualTo("Q01");
        assertThat(read.get("questions").get(0).get("mandatory").asBoolean()).isTrue();
        assertThat(read.get("rules").get("coreCapability").get("minMeasureScore").asDouble()).isEqualTo(3.0);
        assertThat(read.get("publishedBy").asText()).isEqualTo("admin");
        assertThat(admin().get("/api/frameworks/" + id).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void the_list_shows_every_published_framework() {
        String one = framework();
        String other = framework();

        JsonNode list = await("/api/frameworks", json -> json.findValuesAsText("frameworkId").containsAll(List.of(one, other)));

        assertThat(list.isArray()).isTrue();
        list.forEach(item -> assertThat(item.has("questions") && item.has("rules")).isTrue());
    }

    @Test
    void an_unknown_framework_is_not_found() {
        assertProblem(admin().get("/api/frameworks/" + Fixtures.frameworkId(YEAR)), 404, "not-found");
    }

    /** Every object in the posted tree has the same field names in the read tree, arrays the same length. */
    private static void assertSameShape(JsonNode posted, JsonNode read, String path) {
        if (posted.isObject()) {
            assertThat(read.isObject()).as(path).isTrue();
            if (!path.isEmpty()) {
                assertThat(fieldNames(read)).as(path).containsExactlyInAnyOrderElementsOf(fieldNames(posted));
            }
            posted.properties().forEach(e -> assertSameShape(e.getValue(), read.get(e.getKey()), path + "." + e.getKey()));
        } else if (posted.isArray()) {
            assertThat(read.isArray()).as(path).isTrue();
            assertThat(read.size()).as(path).isEqualTo(posted.size());
            for (int i = 0; i < posted.size(); i++) {
                assertSameShape(posted.get(i), read.get(i), path + "[" + i + "]");
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> without(Object list, String key, String value) {
        return ((List<Map<String, Object>>) list).stream().filter(m -> !value.equals(m.get(key))).toList();
    }
}
