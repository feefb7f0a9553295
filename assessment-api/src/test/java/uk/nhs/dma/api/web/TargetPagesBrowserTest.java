package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * The target pages in real headless Chromium: a REPORTED target's observations and today's figure (the latest on
 * or before today), recorded by an admin through a form that refuses bad input with a GOV.UK error summary and
 * stores nothing; a CAPABILITY target's count of organisations, reached by an analyst from the header's "Targets"
 * link (the home page links the list too). Checked with axe.
 */
class TargetPagesBrowserTest extends ApiTest {

    private static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private int observations(String id) {
        return admin().get("/api/targets/" + id).json().get("observations").size();
    }

    private void observe(String day, String month, String year, String percent, String source) {
        for (String[] field : List.of(new String[] {"Day", day}, new String[] {"Month", month},
                new String[] {"Year", year}, new String[] {"Percent", percent}, new String[] {"Source", source})) {
            browser.field(field[0]).clear();
            browser.field(field[0]).sendKeys(field[1]);
        }
        browser.button("Record observation").click();
    }

    @Test
    void an_admin_records_a_reported_figure_and_the_page_shows_the_latest_on_or_before_today() {
        String id = "app-" + Fixtures.code("P").toLowerCase();
        assertThat(admin().post("/api/targets", Map.of("targetId", id, "name", "Adults on the NHS App",
                "metric", "REPORTED", "milestones", List.of(Map.of("dueBy", "2024-03-31", "thresholdPercent", 75)),
                "source", "Delivery plan")).status()).isEqualTo(201);
        Eventually.await(() -> admin().get("/api/targets/" + id).status(), s -> s == 200, Duration.ofSeconds(15));
        browser = Browser.open(port);
        browser.signIn("admin", TestUsers.password("admin")).go("/targets");
        browser.link("Adults on the NHS App").click();
        assertThat(browser.summary("National progress today")).isEqualTo("No figure yet");
        browser.accessible("target-reported-empty");

        observe("", "", "", "", "");
        assertThat(browser.errors()).containsExactly("Enter the date observed",
                "Enter the percentage as a number from 0 to 100, for example 68.5");
        browser.accessible("target-observation-errors");
        observe("1", "3", "2024", "101", "NHS App dashboard");
        assertThat(browser.errors()).hasSize(1).allMatch(e -> e.contains("between 0 and 100"));
        observe("1", "3", "2099", "70", "NHS App dashboard");
        assertThat(browser.errors()).hasSize(1);
        assertThat(observations(id)).isZero();

        observe("1", "3", "2024", "71.5", "NHS App dashboard");
        assertThat(browser.errors()).isEmpty();
        assertThat(browser.table("Observations, oldest first")).containsExactly(
                List.of("2024-03-01", "71.50", "NHS App dashboard", "admin"));
        assertThat(browser.summary("National progress today"))
                .isEqualTo("71.50% (observed 2024-03-01, NHS App dashboard)");
        assertThat(browser.table("Milestones, each judged by the rule in force on its date"))
                .containsExactly(List.of("2024-03-31", "75.00%", "71.50%", "No"));
        browser.accessible("target-reported");

        observe("1", "3", "2024", "72", "again");
        assertThat(browser.errors()).hasSize(1);
        assertThat(observations(id)).isEqualTo(1);
    }

    @Test
    void a_capability_target_shows_its_count_and_a_reader_has_no_form() {
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        assertThat(admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)).status())
                .isEqualTo(201);
        assertThat(admin().post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01"))
                .status()).isEqualTo(201);
        assertThat(admin().post("/api/organisations/" + icb + "/capabilities", Map.of("capability",
                "POPULATION_HEALTH_PLATFORM", "status", "IN_PLACE", "effectiveFrom", "2023-01-01")).status())
                .isEqualTo(201);
        String id = "phm-" + Fixtures.code("P").toLowerCase();
        assertThat(admin().post("/api/targets", Map.of("targetId", id, "name", "Population health platforms " + id,
                "metric", "CAPABILITY", "capability", "POPULATION_HEALTH_PLATFORM", "population", List.of("ICB"),
                "milestones", List.of(Map.of("dueBy", "2023-03-31", "thresholdPercent", 100)),
                "source", "NHS Long Term Plan")).status()).isEqualTo(201);
        String expected = Eventually.await(() -> admin().get("/api/targets/" + id + "/progress?scope=NATIONAL"),
                r -> r.status() == 200 && r.json().path("numerator").asInt() >= 1, Duration.ofSeconds(15))
                .json().get("numerator").asText();

        try (Browser analyst = Browser.open(port)) {
            analyst.signIn("analyst", TestUsers.password("analyst")).go("/");
            assertThat(analyst.link("National targets, their rules and progress").getDomAttribute("href"))
                    .isEqualTo("/targets");
            analyst.link("Targets").click();
            assertThat(analyst.pathAfterNavigation("/targets")).isEqualTo("/targets");
            analyst.link("Population health platforms " + id).click();
            assertThat(analyst.pathAfterNavigation("/targets/" + id)).isEqualTo("/targets/" + id);
            assertThat(analyst.summary("Counts")).contains("Population health platform").contains("In place");
            assertThat(analyst.summary("Population")).isEqualTo("ICB");
            assertThat(analyst.summary("National progress today")).contains("(" + expected + " of ");
            assertThat(analyst.hasButton("Record observation")).isFalse();
            analyst.accessible("target-capability");
        }
    }
}
