package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/** Declared capabilities over HTTP: declared, listed with the one in force, and bad input refused storing nothing. */
class CapabilityApiTest extends ScenarioApiTest {

    static Map<String, Object> declaration(String capability, String status, String effectiveFrom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("capability", capability);
        body.put("status", status);
        body.put("effectiveFrom", effectiveFrom);
        return body;
    }

    String careProvider() {
        return register(Fixtures.code("V"), "ADULT_SOCIAL_CARE_PROVIDER", icb(region()), "2015-04-01");
    }

    String path(String ods) {
        return "/api/organisations/" + ods + "/capabilities";
    }

    @Test
    void a_care_provider_declares_its_social_care_record_and_reads_its_history() {
        String provider = careProvider();

        Api.Response first = admin().post(path(provider), declaration("DIGITAL_SOCIAL_CARE_RECORD", "IN_PROGRESS", "2022-01-01"));
        Api.Response second = admin().post(path(provider), declaration("DIGITAL_SOCIAL_CARE_RECORD", "IN_PLACE", "2024-02-01"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("ETag")).isEqualTo("\"1\"");
        String stream = provider + "-DIGITAL_SOCIAL_CARE_RECORD";
        assertThat(eventTypes(stream)).containsExactly("CapabilityDeclared", "CapabilityDeclared");
        JsonNode listed = Eventually.await(() -> admin().get(path(provider) + "?asOf=2023-06-30").json(),
                json -> json.size() == 2, WAIT);
        assertThat(listed.findValuesAsText("status")).containsExactly("IN_PROGRESS", "IN_PLACE");
        assertThat(listed.get(0).get("inForce").asBoolean()).isTrue();
        assertThat(listed.get(1).get("inForce").asBoolean()).isFalse();
        assertThat(listed.get(1).get("recordedBy").asText()).isEqualTo("admin");
    }

    @Test
    void a_declaration_a_type_may_not_make_is_refused_and_nothing_is_stored() {
        String trust = trust();
        long before = eventCount();

        Api.Response refused = admin().post(path(trust), declaration("DIGITAL_SOCIAL_CARE_RECORD", "IN_PLACE", "2024-01-01"));

        assertProblem(refused, 422, "invalid-capability");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void bad_statuses_dates_and_unknown_values_are_refused_and_nothing_is_stored() {
        String provider = careProvider();
        long before = eventCount();

        assertProblem(admin().post(path(provider), declaration("DSPT_STANDARD", "IN_PLACE", "2024-01-01")), 422,
                "invalid-status");
        assertProblem(admin().post(path(provider), declaration("DSPT_STANDARD", "MET", "2999-01-01")), 422,
                "invalid-effectiveFrom");
        assertProblem(admin().post(path(provider), declaration("TELEPATHY", "MET", "2024-01-01")), 400, "malformed-body");
        assertProblem(admin().post(path(provider), declaration(null, "MET", "2024-01-01")), 422, "invalid-capability");
        assertProblem(admin().post(path("ZZ9999"), declaration("DSPT_STANDARD", "MET", "2024-01-01")), 422,
                "unknown-odsCode");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void history_is_added_to_never_rewritten() {
        String provider = careProvider();
        assertThat(admin().post(path(provider), declaration("DSPT_STANDARD", "MET", "2024-01-01")).status())
                .isEqualTo(201);

        assertProblem(admin().post(path(provider), declaration("DSPT_STANDARD", "EXCEEDED", "2023-01-01")), 409,
                "declaration-before-latest");
        assertThat(eventTypes(provider + "-DSPT_STANDARD")).hasSize(1);
    }

    @Test
    void a_submitter_declares_only_for_its_own_organisation() {
        String provider = careProvider();
        long before = eventCount();

        // m-submitter holds SUBMITTER for MX001 only
        Api.Response refused = as("m-submitter").post(path(provider), declaration("DSPT_STANDARD", "MET", "2024-01-01"));

        assertProblem(refused, 403, "out-of-scope");
        assertThat(eventCount()).isEqualTo(before);
    }
}
