package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.CareSettingFixtures;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Completes {@code CareSettingBrowserTest} (the question page by domain with the levels' wording): once a
 * level-gated assessment is submitted, its results page shows each domain's score under its measure with the wording
 * of the level it reached, in real headless Chromium, checked with axe.
 */
class DomainResultsBrowserTest extends ApiTest {

    private static final String ID = "WB0004-2021";
    private static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private static void status(Api.Response response, int expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
    }

    @Test
    void the_results_of_a_level_gated_submission_show_each_domains_score_and_the_level_reached() {
        WebWorld.ensure(admin());
        String framework = Fixtures.frameworkId(2021);
        Map<String, Object> dma = CareSettingFixtures.dma(framework, 2021);
        status(admin().post("/api/frameworks", dma), 201);
        Api submitter = as("w-submitter");
        status(submitter.post("/api/assessments", Map.of("odsCode", "WB0004", "year", 2021, "frameworkId", framework)),
                201);
        @SuppressWarnings("unchecked")
        List<String> elements = (List<String>) ((List<Map<String, Object>>) dma.get("questionSets")).get(0)
                .get("questionIds");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String element : elements) {
            // every element up to level 3 met, except well-led's 2b: well led's provider domain stays at level 1
            boolean met = element.charAt(element.indexOf('-') + 2) - '0' <= 3 && !element.equals("WL-P2b");
            answers.add(Map.of("questionId", element, "score", met ? 1 : 0));
        }
        status(submitter.put("/api/assessments/" + ID + "/answers", Map.of("answers", answers)), 200);
        status(submitter.put("/api/assessments/" + ID + "/epr", Map.of("status", "LIVE", "liveSince", "2020-06-01")),
                200);
        status(submitter.post("/api/assessments/" + ID + "/submission", null), 200);
        Eventually.await(() -> admin().get("/api/assessments/" + ID),
                r -> r.status() == 200 && r.json().path("scores").has("domains"), Duration.ofSeconds(15));

        browser = Browser.open(port);
        browser.signIn("w-submitter", "web-local").go("/assessments/" + ID + "/results");

        List<List<String>> rows = browser.table("Scores by domain");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).containsExactly("Measure well-led", "Provider WL", "1.00", "Nothing in place");
        assertThat(rows.get(1)).containsExactly("Measure smart-foundations", "Provider SF", "3.00", "In place");
        assertThat(browser.table("Scores by measure").get(0)).startsWith("Measure well-led");
        browser.accessible("results-domains");
    }
}
