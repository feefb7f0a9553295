package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.TestUsers;

/** Journey 3: regional and national analysts read their dashboard, drill down, download CSV and return for changes. */
class DashboardBrowserTest extends ApiTest {

    private static Browser browser;
    private static AnalystWorld world;

    @BeforeEach
    void open() {
        browser = browser == null ? Browser.open(port) : browser.forget();
        world = world == null ? new AnalystWorld(admin()) : world;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        world = null;
    }

    @Test
    void an_analyst_reads_the_scope_drills_down_to_a_trust_and_downloads_csv() throws Exception {
        browser.signIn("analyst", TestUsers.password("analyst"));
        browser.go("/dashboard?scope=REGION:" + world.region + "&asOf=2025-06-30");
        assertThat(browser.heading()).isEqualTo("Organisation " + world.region + " (" + world.region + ")");
        assertThat(browser.text()).contains("Figures as of 2025-06-30, as known now.")
                .contains("EPR in region " + world.region + " 66.67% (2 of 3)");
        assertThat(browser.table("Milestones: EPR in region " + world.region)).containsExactly(
                List.of("2023-12-31", "30.00%", "33.33%", "Met", "Original"),
                List.of("2025-03-31", "60.00%", "66.67%", "Met", "Revision 1"));
        assertThat(browser.text()).contains("Revision 1, in force from 2025-01-01 (in progress counts): counts an EPR Deploying or Live among ACUTE");
        WebElement chart = browser.driver().findElement(By.cssSelector("canvas[data-chart]"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return Chart.getChart(arguments[0]) != null", chart))
                .as("Chart.js drew the chart under the CSP").isEqualTo(true);
        browser.accessible("dashboard-region");

        List<WebElement> downloads = browser.driver().findElements(By.xpath("//a[normalize-space()='Download CSV']"));
        String progressCsv = downloads.stream().map(a -> a.getDomAttribute("href"))
                .filter(h -> h.startsWith("/api/targets/" + world.target + "/progress")).findFirst().orElseThrow();
        assertThat(progressCsv).contains("scope=REGION:" + world.region, "asOf=2025-06-30", "format=csv");
        HttpResponse<String> csv = fetch(progressCsv, "GET", true);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines()).hasSize(4);
        assertThat(fetch(progressCsv, "GET", false).statusCode()).as("no session, no CSV").isEqualTo(401);
        assertThat(fetch("/api/assessments/" + world.deploying + "-2024/return", "POST", true).statusCode())
                .as("a session never authenticates a change on the API").isEqualTo(401);
        String summaryCsv = downloads.stream().map(a -> a.getDomAttribute("href"))
                .filter(h -> h.startsWith("/api/summary")).findFirst().orElseThrow();
        assertThat(fetch(summaryCsv, "GET", true).body().lines().findFirst().orElseThrow()).contains("well-led");
        List<String> excel = browser.driver().findElements(By.xpath("//a[normalize-space()='Download Excel (.xlsx)']"))
                .stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(excel).contains(progressCsv.replace("format=csv", "format=xlsx"),
                summaryCsv.replace("format=csv", "format=xlsx"));
        HttpResponse<String> xlsx = fetch(progressCsv.replace("format=csv", "format=xlsx"), "GET", true);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertThat(browser.table("ICBs for 2025")).hasSize(1);
        browser.link("Organisation " + world.icbA).click();
        assertThat(browser.heading()).isEqualTo("Organisation " + world.icbA + " (" + world.icbA + ")");
        assertThat(browser.table("Trusts for 2025")).extracting(row -> row.get(0)).containsExactly(
                "Organisation " + world.live, "Organisation " + world.deploying, "Organisation " + world.silent);
        browser.accessible("dashboard-icb");

        browser.link("Organisation " + world.live).click();
        assertThat(browser.heading()).isEqualTo("Organisation " + world.live);
        assertThat(browser.table("Scores year on year").get(0)).containsExactly("well-led", "2.0000", "3.0000", "1.0000");
        assertThat(browser.text()).contains("Projected core year 2025").contains("Core minimum 3.00");
        browser.accessible("dashboard-trust");
    }

    @Test
    void the_figures_are_recomputed_as_of_a_date_and_as_known_at_an_instant() {
        browser.signIn("analyst", TestUsers.password("analyst"));
        browser.go("/dashboard?scope=ICB:" + world.icbA);
        browser.field("As of").sendKeys("2025-06-30");
        browser.field("As known at").sendKeys(world.beforeAssessments.toString());
        browser.button("Recompute").click();
        assertThat(browser.text()).contains("Figures as of 2025-06-30, as known at " + world.beforeAssessments)
                .contains("EPR in region " + world.region + " 0.00% (0 of 3)");

        browser.field("As of").clear();
        browser.field("As of").sendKeys("2025-13-01");
        browser.button("Recompute").click();
        assertThat(browser.errors()).containsExactly("Enter as of as a date, for example 2024-03-31");
        assertThat(browser.title()).startsWith("Error: ");
        browser.accessible("dashboard-error");
    }

    @Test
    void an_analyst_returns_a_submitted_assessment_for_changes_with_a_reason() {
        browser.signIn("analyst", TestUsers.password("analyst"));
        browser.go("/dashboard/trusts/" + world.deploying);
        browser.button("Return for changes").click();
        assertThat(browser.errors()).containsExactly("Enter the reason for returning the assessment");
        browser.accessible("dashboard-return-error");

        browser.field("Reason for returning " + world.deploying + "-2024").sendKeys("The EPR evidence is missing");
        browser.button("Return for changes").click();
        assertThat(browser.pathAfterNavigation("/dashboard/trusts/" + world.deploying)).isEqualTo("/dashboard/trusts/" + world.deploying);
        assertThat(browser.text()).contains(world.deploying + "-2024 was returned for changes");
        assertThat(eventTypes(world.deploying + "-2024")).last().isEqualTo("AssessmentReturned");
        assertThat(metaData(world.deploying + "-2024", eventTypes(world.deploying + "-2024").size() - 1)
                .get("meta").toString()).contains("\"user\":\"analyst\"");
        assertThat(browser.hasButton("Return for changes")).isFalse();
        browser.accessible("dashboard-returned");
    }

    @Test
    void pages_outside_a_persons_scope_are_403_pages() {
        browser.signIn("london", TestUsers.password("london"));
        browser.go("/dashboard?scope=REGION:" + world.region);
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.go("/dashboard/trusts/" + world.live);
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.accessible("dashboard-forbidden");
        browser.forget().signIn("rj1-submitter", TestUsers.password("rj1-submitter"));
        browser.go("/dashboard");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }

    private HttpResponse<String> fetch(String path, String method, boolean withSession) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (withSession) {
            request.header("Cookie", "DMA_SESSION=" + browser.driver().manage().getCookieNamed("DMA_SESSION").getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
