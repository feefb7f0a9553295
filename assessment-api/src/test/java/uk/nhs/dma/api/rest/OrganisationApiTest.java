package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

class OrganisationApiTest extends ScenarioApiTest {

    // ---- registering and reading ------------------------------------------------------------------------

    @Test
    void registers_a_hierarchy_and_reads_it_back() {
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        String trust = Fixtures.code("R");
        Api admin = admin();

        Api.Response created = admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/organisations/" + region);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        Api.Response icbCreated = admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01"));
        assertThat(icbCreated.status()).isEqualTo(201);
        assertThat(icbCreated.header("Location")).isEqualTo("/api/organisations/" + icb);
        assertThat(icbCreated.header("ETag")).isEqualTo("\"0\"");
        Api.Response trustCreated = admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01"));
        assertThat(trustCreated.status()).isEqualTo(201);
        assertThat(trustCreated.header("Location")).isEqualTo("/api/organisations/" + trust);
        assertThat(trustCreated.header("ETag")).isEqualTo("\"0\"");

        Api.Response read = Eventually.await(() -> admin.get("/api/organisations/" + trust), r -> r.status() == 200,
                Duration.ofSeconds(10));
        assertThat(read.json().get("parentCode").asText()).isEqualTo(icb);
        assertThat(read.json().get("type").asText()).isEqualTo("ACUTE");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered");
        assertThat(metaData(trust, 0).get("meta").toString()).contains("\"user\":\"admin\"").contains("correlationId");
    }

    @Test
    void get_one_carries_an_etag_equal_to_its_version() {
        String trust = trust();
        ok(admin().post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "FAST_FOLLOWER", "awardedOn", "2020-01-01")));

        awaitVersion("/api/organisations/" + trust, 1);
        Api.Response read = admin().get("/api/organisations/" + trust);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("version").asLong()).isEqualTo(1);
        assertThat(read.json().get("odsCode").asText()).isEqualTo(trust);
        assertThat(read.json().get("openedOn").asText()).isEqualTo("2001-04-01");
    }

    @Test
    void lists_filter_by_type_and_parent() {
        String region = region();
        String icb = icb(region);
        String otherIcb = icb(region);
        String trust = trust(icb, "2001-04-01");
        awaitOrganisations(region, icb, otherIcb, trust);

        assertThat(codes(admin().get("/api/organisations?parent=" + region))).containsExactly(icb, otherIcb);
        assertThat(codes(admin().get("/api/organisations?type=ICB&parent=" + region))).containsExactly(icb, otherIcb);
        assertThat(codes(admin().get("/api/organisations?type=ACUTE&parent=" + icb))).containsExactly(trust);
        assertThat(codes(admin().get("/api/organisations?type=ICB&parent=" + icb))).isEmpty();
        JsonNode regions = admin().get("/api/organisations?type=REGION").json();
        assertThat(regions.isArray()).isTrue();
        assertThat(regions.findValuesAsText("type")).containsOnly("REGION");
        assertThat(regions.findValuesAsText("odsCode")).contains(region).doesNotContain(icb, trust);
    }

    @Test
    void a_list_with_a_limit_is_a_page_with_the_total() {
        String region = region();
        String first = icb(region);
        String second = icb(region);
        String third = icb(region);
        awaitOrganisations(first, second, third);

        JsonNode page = admin().get("/api/organisations?parent=" + region + "&limit=2").json();
        JsonNode rest = admin().get("/api/organisations?parent=" + region + "&limit=2&offset=2").json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").findValuesAsText("odsCode")).containsExactly(first, second);
        assertThat(rest.get("total").asLong()).isEqualTo(3);
        assertThat(rest.get("items").findValuesAsText("odsCode")).containsExactly(third);
    }

    // ---- reassignment -----------------------------------------------------------------------------------

    @Test
    void a_reassignment_adds_a_dated_parent_and_keeps_the_old_one() {
        String region = region();
        String from = icb(region);
        String to = icb(region);
        String trust = trust(from, "2001-04-01");

        Api.Response moved = admin().post("/api/organisations/" + trust + "/reassignment",
                Map.of("parentCode", to, "effectiveFrom", "2026-04-01"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.header("ETag")).isEqualTo("\"1\"");
        JsonNode now = awaitVersion("/api/organisations/" + trust, 1);
        assertThat(now.get("parentCode").asText()).isEqualTo(to);
        assertThat(now.get("parents")).hasSize(2);
        assertThat(now.get("parents").get(0).get("parentCode").asText()).isEqualTo(from);
        assertThat(now.get("parents").get(0).get("effectiveFrom").asText()).isEqualTo("2001-04-01");
        assertThat(now.get("parents").get(1).get("parentCode").asText()).isEqualTo(to);
        assertThat(now.get("parents").get(1).get("effectiveFrom").asText()).isEqualTo("2026-04-01");
        JsonNode before = admin().get("/api/organisations/" + trust + "?asOf=2025-06-30").json();
        assertThat(before.get("parentCode").asText()).isEqualTo(from);
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered", "OrganisationReassigned");
    }

    @Test
    void a_reassignment_not_after_the_current_assignment_is_a_conflict() {
        String region = region();
        String to = icb(region);
        String trust = trust(icb(region), "2001-04-01");

        Api.Response refused = admin().post("/api/organisations/" + trust + "/reassignment",
                Map.of("parentCode", to, "effectiveFrom", "2001-04-01"));

        assertProblem(refused, 409, "reassignment-before-current");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered");
    }

    // ---- closure and programme statuses -----------------------------------------------------------------

    @Test
    void a_closure_records_the_date_and_successor() {
        String icb = icb(region());
        String closing = trust(icb, "2001-04-01");
        String successor = trust(icb, "2001-04-01");

        Api.Response closed = admin().post("/api/organisations/" + closing + "/closure",
                Map.of("closedOn", "2025-04-01", "successorOdsCode", successor));

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.header("ETag")).isEqualTo("\"1\"");
        JsonNode read = awaitVersion("/api/organisations/" + closing, 1);
        assertThat(read.get("closedOn").asText()).isEqualTo("2025-04-01");
        assertThat(read.get("successorOdsCode").asText()).isEqualTo(successor);
        assertThat(eventTypes(closing)).containsExactly("OrganisationRegistered", "OrganisationClosed");
    }

    @Test
    void closing_twice_is_a_conflict() {
        String trust = trust();
        ok(admin().post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2025-04-01")));

        Api.Response again = admin().post("/api/organisations/" + trust + "/closure", Map.of("closedOn", "2025-05-01"));

        assertProblem(again, 409, "already-closed");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered", "OrganisationClosed");
    }

    @Test
    void a_programme_status_is_awarded_on_a_date() {
        String trust = trust();

        Api.Response awarded = admin().post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "GLOBAL_DIGITAL_EXEMPLAR", "awardedOn", "2016-09-01"));

        assertThat(awarded.status()).isEqualTo(200);
        assertThat(awarded.header("ETag")).isEqualTo("\"1\"");
        JsonNode read = awaitVersion("/api/organisations/" + trust, 1);
        assertThat(read.get("programmeStatuses")).hasSize(1);
        assertThat(read.get("programmeStatuses").get(0).get("status").asText()).isEqualTo("GLOBAL_DIGITAL_EXEMPLAR");
        assertThat(read.get("programmeStatuses").get(0).get("awardedOn").asText()).isEqualTo("2016-09-01");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered", "ProgrammeStatusAwarded");
    }

    @Test
    void awarding_the_same_programme_status_twice_is_a_conflict() {
        String trust = trust();
        ok(admin().post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "DIGITAL_ASPIRANT", "awardedOn", "2018-01-01")));

        Api.Response again = admin().post("/api/organisations/" + trust + "/programme-statuses",
                Map.of("status", "DIGITAL_ASPIRANT", "awardedOn", "2019-01-01"));

        assertProblem(again, 409, "programme-status-already-awarded");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered", "ProgrammeStatusAwarded");
    }

    // ---- registration refused ---------------------------------------------------------------------------

    @Test
    void an_opening_date_in_the_future_is_refused() {
        String icb = icb(region());
        String trust = Fixtures.code("R");

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2099-04-01"));

        assertProblem(refused, 422, "invalid-openedOn");
        assertThat(eventTypes(trust)).isEmpty();
    }

    @Test
    void a_trust_under_a_region_is_refused_and_stores_nothing() {
        String region = region();
        String trust = Fixtures.code("R");

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", region, null));

        JsonNode problem = assertProblem(refused, 422, "invalid-parentCode");
        assertThat(problem.get("field").asText()).isEqualTo("parentCode");
        assertThat(eventTypes(trust)).isEmpty();
    }

    @Test
    void an_unknown_parent_is_refused() {
        String trust = Fixtures.code("R");
        String nowhere = Fixtures.code("Q");

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", nowhere, null));

        assertProblem(refused, 422, "unknown-parentCode");
        assertThat(eventTypes(trust)).isEmpty();
        assertThat(eventTypes(nowhere)).isEmpty();
    }

    @Test
    void a_region_with_a_parent_is_refused() {
        String other = region();
        String region = Fixtures.code("Y");

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(region, "REGION", other, null));

        assertProblem(refused, 422, "invalid-parentCode");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void registering_the_same_code_twice_is_a_conflict() {
        String region = region();

        Api.Response again = admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        assertProblem(again, 409, "already-exists");
        assertThat(eventTypes(region)).containsExactly("OrganisationRegistered");
    }

    @Test
    void a_missing_name_is_refused() {
        String region = Fixtures.code("Y");
        Map<String, Object> body = Fixtures.organisation(region, "REGION", null, null);
        body.remove("name");

        Api.Response refused = admin().post("/api/organisations", body);

        assertProblem(refused, 422, "invalid-name");
        assertThat(eventTypes(region)).isEmpty();
    }

    @Test
    void a_malformed_ods_code_in_the_body_is_refused() {
        String malformed = "r1-x";

        Api.Response refused = admin().post("/api/organisations", Fixtures.organisation(malformed, "REGION", null, null));

        assertProblem(refused, 422, "invalid-odsCode");
        assertThat(eventTypes(malformed)).isEmpty();
    }

    @Test
    void an_unknown_organisation_is_not_found() {
        String nowhere = Fixtures.code("R");

        assertProblem(admin().get("/api/organisations/" + nowhere), 404, "not-found");
        assertProblem(admin().post("/api/organisations/" + nowhere + "/closure", Map.of("closedOn", "2025-04-01")),
                404, "not-found");
        assertThat(eventTypes(nowhere)).isEmpty();
    }

    @Test
    void without_credentials_nothing_is_answered_or_stored() {
        String region = Fixtures.code("Y");

        Api.Response read = anonymous().get("/api/organisations");
        Api.Response write = anonymous().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        Api.Response wrongPassword = anonymous().header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:not-the-password".getBytes(StandardCharsets.UTF_8)))
                .post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        assertProblem(read, 401, "unauthenticated");
        assertThat(read.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(write, 401, "unauthenticated");
        assertProblem(wrongPassword, 401, "unauthenticated");
        assertThat(eventTypes(region)).isEmpty();
    }

    private void awaitOrganisations(String... codes) {
        for (String code : codes) {
            await("/api/organisations/" + code, json -> true);
        }
    }

    private static List<String> codes(Api.Response list) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.json().isArray()).as("a plain array: %s", list).isTrue();
        List<String> codes = new ArrayList<>();
        list.json().forEach(item -> codes.add(item.get("odsCode").asText()));
        return codes;
    }
}
