package uk.nhs.dma.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;

/** The inputs {@link FuzzedBodiesTest} found answered with a 500 or an HTML page, kept as regular tests. */
class FuzzFindingsApiTest extends ApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void a_form_encoded_body_whose_parameter_name_the_firewall_refuses_is_a_bad_request() {
        long before = eventCount();

        // X-Requested-With passes the cross-site guard (which answers a plain form post with 415), so the
        // body reaches the firewall and the parser, where these were 500s
        Api.Response refused = admin().header("X-Requested-With", "fuzz").send("POST", "/api/organisations",
                "\u0000{\"odsCode\":\"ZN1\",\"name\":\"New trust\",\"type\":\"ACUTE\"}", FORM);

        assertProblem(refused, 400, "malformed-request");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_form_encoded_body_with_a_broken_percent_encoding_is_a_bad_request() {
        long before = eventCount();

        Api.Response refused = admin().header("X-Requested-With", "fuzz").send("POST", "/api/targets",
                "{\"targetId\":{\"odsCode\":\"%\"},\"name\":\"Fuzz target\"}", FORM);

        assertProblem(refused, 400, "malformed-request");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_path_with_an_encoded_nul_is_refused_with_a_problem_not_an_html_page() {
        long before = eventCount();

        Api.Response refused = admin().send("POST", "/api/assessments/ZT2-2024%00/approval", "{}",
                "application/json");

        assertProblem(refused, 400, "bad-request");
        assertThat(eventCount()).isEqualTo(before);
    }
}
