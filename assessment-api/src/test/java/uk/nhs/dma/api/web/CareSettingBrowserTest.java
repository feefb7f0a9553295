package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.CareSettingFixtures;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/** A level-gated measure page in a real browser: questions grouped by domain, the levels' wording, Met / Not met. */
class CareSettingBrowserTest extends ApiTest {

    private static final String ID = "WB0005-2022";
    private static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void a_level_gated_measure_page_groups_elements_by_domain_with_the_level_wording() {
        WebWorld.ensure(admin());
        String framework = Fixtures.frameworkId(2022);
        created(admin().post("/api/frameworks", CareSettingFixtures.dma(framework, 2022)));
        created(admin().post("/api/assessments",
                Map.of("odsCode", "WB0005", "year", 2022, "frameworkId", framework)));
        browser = Browser.open(port);
        browser.signIn("w-submitter", "web-local");
        Eventually.await(() -> admin().get("/api/assessments/" + ID), r -> r.status() == 200, Duration.ofSeconds(15));

        browser.go("/assessments/" + ID + "/measures/well-led");
        assertThat(browser.text()).contains("Mark each element Met or Not met", "Provider WL", "Level 3", "In place")
                .doesNotContain("System WL");
        browser.accessible("measure-domains");
        browser.radio("Element P2a", "Met").click();
        browser.radio("Element P2b", "Not met").click();
        browser.button("Save draft").click();
        assertThat(browser.text()).contains("saved as a draft");

        JsonNode answers = Eventually.await(() -> admin().get("/api/assessments/" + ID),
                r -> r.json().path("answers").size() == 2, Duration.ofSeconds(15)).json().get("answers");
        assertThat(List.of(answers.get(0).get("questionId").asText() + "=" + answers.get(0).get("score").asInt(),
                answers.get(1).get("questionId").asText() + "=" + answers.get(1).get("score").asInt()))
                .containsExactlyInAnyOrder("WL-P2a=1", "WL-P2b=0");
    }
}
