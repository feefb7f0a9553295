package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Fixtures;

/** Practices and care providers in the register over HTTP: the CQC location id beside the ODS code, both checked. */
class PracticeAndCareProviderApiTest extends ScenarioApiTest {

    static Map<String, Object> organisation(String ods, String type, String icb, String cqc) {
        Map<String, Object> body = new HashMap<>(Fixtures.organisation(ods, type, icb, "2015-04-01"));
        body.put("cqcLocationId", cqc);
        return body;
    }

    @Test
    void a_care_provider_is_registered_with_its_cqc_location_id() {
        String icb = icb(region());
        String provider = Fixtures.code("V");

        assertThat(admin().post("/api/organisations", organisation(provider, "ADULT_SOCIAL_CARE_PROVIDER", icb,
                "1-101680289")).status()).isEqualTo(201);

        JsonNode read = awaitVersion("/api/organisations/" + provider, 0);
        assertThat(read.get("cqcLocationId").asText()).isEqualTo("1-101680289");
        assertThat(read.get("parentCode").asText()).isEqualTo(icb);
    }

    @Test
    void bad_codes_are_refused_and_nothing_is_stored() {
        String icb = icb(region());
        long before = eventCount();

        assertProblem(admin().post("/api/organisations", organisation(Fixtures.code("V"), "ADULT_SOCIAL_CARE_PROVIDER",
                icb, "101680289")), 422, "invalid-cqcLocationId");
        assertProblem(admin().post("/api/organisations", organisation(Fixtures.code("R"), "ACUTE", icb,
                "1-101680289")), 422, "invalid-cqcLocationId");
        assertProblem(admin().post("/api/organisations", organisation(Fixtures.code("GP"), "GENERAL_PRACTICE", icb,
                null)), 422, "invalid-odsCode");
        assertThat(eventCount()).isEqualTo(before);
    }
}
