package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Improvement plans in a real browser: a trust's digital lead opens a plan for a measure below core, adds an action
 * (a bad target first, shown in the error summary and beside its field), changes its status with a note; the year's
 * planned-against-actual page; the plan carried onto the 2025 draft's task list and measure page; a regional
 * analyst's overdue actions with the CSV link. Statuses read as words ("In progress"), never enum names.
 */
class PlanBrowserTest extends ApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_lead_keeps_a_plan_and_a_regional_analyst_sees_its_overdue_action() {
        String trust = submittedTrustInMy01();
        browser = Browser.open(port);
        String plan = "/organisations/" + trust + "/plans/2024/well-led";
        browser.signIn("rj1-submitter", "submitter-local").go(plan);
        browser.button("Open an improvement plan").click();
        assertThat(browser.pathAfterNavigation(plan)).isEqualTo(plan);
        assertThat(browser.heading()).isEqualTo("Improvement plan: well-led");
        assertThat(browser.summary("Core minimum")).isEqualTo("3");

        LocalDate due = TODAY.plusDays(20);
        browser.field("Description").sendKeys("Publish a digital strategy");
        browser.field("Owner").sendKeys("Chief information officer");
        browser.field("Day").sendKeys(String.valueOf(due.getDayOfMonth()));
        browser.field("Month").sendKeys(String.valueOf(due.getMonthValue()));
        browser.field("Year").sendKeys(String.valueOf(due.getYear()));
        browser.field("Target score (1 to 5, above the current score)").sendKeys("2");
        browser.button("Add action").click();
        assertThat(browser.errors()).singleElement().asString().contains("targetScore 2 must be above");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.field("Description").getDomProperty("value")).isEqualTo("Publish a digital strategy");
        browser.accessible("plan-error");

        browser.field("Target score (1 to 5, above the current score)").clear();
        browser.field("Target score (1 to 5, above the current score)").sendKeys("3");
        browser.button("Add action").click();
        assertThat(browser.table("The plan's actions as they stand")).containsExactly(List.of("1",
                "Publish a digital strategy", "Chief information officer", due.toString(), "3", "Planned"));

        new Select(browser.field("New status of action 1")).selectByVisibleText("In progress");
        browser.button("Change status of action 1").click();
        assertThat(browser.errors()).singleElement().asString().contains("note");
        new Select(browser.field("New status of action 1")).selectByVisibleText("In progress");
        browser.field("Note on action 1").sendKeys("Drafting with the board");
        browser.button("Change status of action 1").click();
        assertThat(browser.text()).contains("Action 1 is now in progress.").doesNotContain("IN_PROGRESS");
        assertThat(browser.table("Every change to the plan's actions, oldest first")).containsExactly(
                List.of("1", "Added", "", "rj1-submitter"),
                List.of("1", "Planned to In progress", "Drafting with the board", "rj1-submitter"));
        browser.accessible("plan");

        browser.go("/organisations/" + trust + "/plans/2025");
        assertThat(browser.table("Planned target and actual score per measure").get(0))
                .containsExactly("well-led", "2", "3", "Still open", "", "");
        browser.accessible("planned-against-actual");

        String next = startedNextYear(trust);
        browser.go("/assessments/" + next);
        assertThat(browser.text()).contains("Carried forward from 2024's improvement plan");
        List<String> carried = List.of("Publish a digital strategy", "Chief information officer", due.toString(),
                "3", "In progress");
        assertThat(browser.table("Actions still open")).containsExactly(carried);
        assertThat(browser.link("View the 2024 plan").getDomAttribute("href")).isEqualTo(plan);
        browser.accessible("task-list-carried-plan");
        browser.go("/assessments/" + next + "/measures/well-led");
        assertThat(browser.table("Actions still open")).containsExactly(carried);
        browser.go("/assessments/" + next + "/measures/improve-care");
        assertThat(browser.text()).doesNotContain("Carried forward from 2024's improvement plan");

        browser.forget().signIn("m-regional", "matrix")
                .go("/plans/overdue?scope=REGION:MY01&before=" + TODAY.plusDays(30));
        assertThat(browser.table("Actions due before " + TODAY.plusDays(30) + ", not done or dropped"))
                .contains(List.of(trust, "2024 well-led", "Publish a digital strategy", "Chief information officer",
                        due.toString(), "10", "In progress"));
        assertThat(browser.link("Download CSV").getDomAttribute("href")).contains("/api/plans/overdue")
                .contains("format=csv");
        browser.accessible("overdue-actions");
    }

    /** The trust's 2025 assessment, started copying 2024 forward. */
    private String startedNextYear(String trust) {
        String framework = Fixtures.frameworkId(2025);
        assertThat(admin().post("/api/frameworks", Fixtures.framework(framework, 2025)).status()).isEqualTo(201);
        Api.Response started = as("rj1-submitter").post("/api/assessments", Map.of("odsCode", trust, "year", 2025,
                "frameworkId", framework, "copyForward", true));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String id = started.json().get("assessmentId").asText();
        Eventually.await(() -> as("rj1-submitter").get("/api/assessments/" + id).status(), status -> status == 200,
                Duration.ofSeconds(15));
        return id;
    }

    /** A trust under region MY01 (m-regional's) whose 2024 assessment scored 2 everywhere. */
    private String submittedTrustInMy01() {
        Api admin = admin();
        admin.post("/api/organisations", Fixtures.organisation("MY01", "REGION", null, null));
        String icb = Fixtures.code("Q");
        admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", "MY01", "2022-07-01"));
        String trust = Fixtures.code("R");
        assertThat(admin.post("/api/organisations", Fixtures.organisation(trust, "ACUTE", icb, "2001-04-01"))
                .status()).isEqualTo(201);
        String framework = Fixtures.frameworkId(2024);
        assertThat(admin.post("/api/frameworks", Fixtures.framework(framework, 2024)).status()).isEqualTo(201);
        Api submitter = as("rj1-submitter");
        String id = trust + "-2024";
        assertThat(submitter.post("/api/assessments", Map.of("odsCode", trust, "year", 2024, "frameworkId", framework))
                .status()).isEqualTo(201);
        assertThat(submitter.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(2)).status()).isEqualTo(200);
        assertThat(submitter.put("/api/assessments/" + id + "/epr", Map.of("status", "LIVE", "supplier", "Epic",
                "liveSince", "2022-10-01")).status()).isEqualTo(200);
        assertThat(submitter.post("/api/assessments/" + id + "/submission", null).status()).isEqualTo(200);
        Eventually.await(() -> submitter.get("/api/assessments/" + id).json().get("status").asText(),
                "SUBMITTED"::equals, Duration.ofSeconds(15));
        return trust;
    }
}
