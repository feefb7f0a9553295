package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.web.WebWorld.THIS_YEAR;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.nhs.dma.api.testing.ApiTest;

/**
 * A trust's digital lead, in a real browser: home, start this year's assessment copied forward from last year,
 * the task list, a measure's questions, the EPR, check your answers, submit, the results and reopening.
 */
class TrustJourneyBrowserTest extends ApiTest {

    private static final String TRUST = "WB0001";
    private static final String ID = TRUST + "-" + THIS_YEAR;
    private static Browser browser;

    @BeforeEach
    void open() {
        WebWorld.ensure(admin());
        browser = browser == null ? Browser.open(port) : browser.forget();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_digital_lead_starts_answers_submits_and_reopens_this_years_assessment() {
        WebWorld.submitted(as("w-submitter"), TRUST, THIS_YEAR - 1, 2);
        browser.signIn("w-submitter", "web-local");
        assertThat(browser.table("Assessments of Organisation " + TRUST)).containsExactly(
                List.of(String.valueOf(THIS_YEAR - 1), "Submitted", "1", "2.00"));
        browser.accessible("home-submitter");

        // Start: last year's answers carry forward, except Q61, which this year's framework replaced by Q63.
        browser.button("Start this year's assessment for " + TRUST).click();
        assertThat(browser.pathAfterNavigation("/assessments/" + ID)).isEqualTo("/assessments/" + ID);
        assertThat(browser.text()).contains("13 answers were copied forward from last year's assessment")
                .contains("Carried forward from last year, not yet confirmed or changed: Q01, Q02");
        assertThat(browser.taskStatus("Measure well-led")).isEqualTo("Completed");
        assertThat(browser.taskStatus("Measure healthy-populations")).isEqualTo("In progress");
        assertThat(browser.taskStatus("Electronic patient record (EPR)")).isEqualTo("Not started");
        browser.accessible("task-list");

        // A measure's page: one radio group per question, legend = the question's text; Save draft.
        browser.link("Measure healthy-populations").click();
        assertThat(browser.radio("Question 2 on healthy-populations", "2").isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("carried-Q62")).getText()).contains("Carried forward");
        browser.accessible("measure");
        browser.radio(WebWorld.NEW_QUESTION, "4").click();
        browser.field("Comment on Q63 (optional)").sendKeys("population health dashboard live");
        browser.button("Save draft").click();
        assertThat(browser.text()).contains("Measure healthy-populations saved as a draft.");
        assertThat(browser.taskStatus("Measure healthy-populations")).isEqualTo("Completed");

        // The EPR: a date in the future is refused by the aggregate's rule, shown beside the date field.
        long before = eventCount();
        browser.link("Electronic patient record (EPR)").click();
        browser.radio("Where is your electronic patient record?", "Live").click();
        browser.field("Supplier (optional)").sendKeys("Epic");
        browser.field("Day").sendKeys("1");
        browser.field("Month").sendKeys("1");
        browser.field("Year").sendKeys("2099");
        browser.button("Save draft").click();
        assertThat(browser.errors()).hasSize(1).first().asString().contains("liveSince");
        assertThat(browser.driver().findElement(By.id("liveSince-day-error")).getText()).contains("liveSince");
        assertThat(eventCount()).isEqualTo(before);
        browser.accessible("epr-error");
        browser.field("Year").clear();
        browser.field("Year").sendKeys("2024");
        browser.button("Save draft").click();
        assertThat(browser.taskStatus("Electronic patient record (EPR)")).isEqualTo("Completed");

        // Saving the measure changed its carried answer; the other twelve are confirmed as they stand.
        browser.button("Confirm all 12 carried answers as they stand").click();
        assertThat(browser.text()).contains("Confirmed as they stand: Q01");
        assertThat(browser.driver().findElements(By.id("to-confirm"))).isEmpty();

        // Check your answers, then submit.
        browser.link("Check your answers").click();
        assertThat(browser.heading()).isEqualTo("Check your answers before submitting");
        browser.accessible("check-answers");
        browser.button("Submit assessment").click();
        assertThat(browser.pathAfterNavigation("/assessments/" + ID + "/results")).isEqualTo("/assessments/" + ID + "/results");
        assertThat(browser.text()).contains("Assessment submitted.");
        List<List<String>> scores = browser.table("Scores by measure");
        assertThat(scores.get(0)).containsExactly("Measure well-led", "2.00 Below", "3.00", "2.00", "0.00");
        assertThat(scores.get(6)).containsExactly("Measure healthy-populations", "3.00", "3.00", "2.00", "+1.00");
        assertThat(scores.get(7).get(0)).isEqualTo("Overall");
        assertThat(browser.summary("Core capability")).isEqualTo("Not met");
        assertThat(browser.summary("Overall score")).isEqualTo("2.14 of 5");
        assertThat(browser.table("Overall score by year")).extracting(row -> row.get(0))
                .containsExactly(String.valueOf(THIS_YEAR - 1), String.valueOf(THIS_YEAR));
        assertThat(browser.driver().findElement(By.cssSelector("canvas[role=img]")).getDomAttribute("data-years"))
                .isEqualTo((THIS_YEAR - 1) + "," + THIS_YEAR);
        browser.accessible("results");

        // Every event carries the signed-in user, a correlation id and the time of the request, like the API's.
        for (long sequence = 0; sequence <= 4; sequence++) {
            String meta = String.valueOf(metaData(ID, sequence).get("meta"));
            assertThat(meta).contains("\"user\":\"w-submitter\"", "\"correlationId\":\"", "\"requestedAt\":\"");
        }
        assertThat(eventTypes(ID)).containsExactly("AssessmentStarted", "AnswersRecorded", "EprDeclared",
                "AnswersConfirmed", "AssessmentSubmitted");

        // Reopen asks for a reason.
        browser.link("Reopen this assessment").click();
        browser.button("Reopen").click();
        assertThat(browser.errors()).containsExactly("Enter why you are reopening the assessment");
        browser.accessible("reopen-error");
        browser.field("Why are you reopening it?").sendKeys("The board asked for the EPR date to be checked");
        browser.button("Reopen").click();
        assertThat(browser.pathAfterNavigation("/assessments/" + ID)).isEqualTo("/assessments/" + ID);
        assertThat(browser.text()).contains(TRUST + ", revision 2");
    }

    @Test
    void a_page_rendered_before_someone_else_saved_is_refused_kindly_and_stores_nothing() {
        String id = "WB0005-" + THIS_YEAR;
        assertThat(as("w-submitter").post("/api/assessments", Map.of("odsCode", "WB0005", "year", THIS_YEAR,
                "frameworkId", WebWorld.frameworkOf(admin(), THIS_YEAR))).status()).isEqualTo(201);
        browser.signIn("w-submitter", "web-local").go("/assessments/" + id + "/measures/well-led");
        browser.radio("Question 1 on well-led", "3").click();

        WebWorld.ok(admin().put("/api/assessments/" + id + "/answers",
                Map.of("answers", List.of(Map.of("questionId", "Q01", "score", 5)))));
        long before = eventCount();
        browser.button("Save draft").click();

        assertThat(browser.errors()).hasSize(1).first().asString().contains("Someone else saved changes");
        assertThat(eventCount()).isEqualTo(before);
        browser.accessible("stale-version");
        browser.link("Reload the page").click();
        assertThat(browser.radio("Question 1 on well-led", "5").isSelected()).isTrue();
    }

    @Test
    void another_trusts_assessment_is_a_403_page() {
        browser.signIn("w-submitter", "web-local").go("/assessments/WB0003-" + THIS_YEAR);
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.accessible("forbidden");
        browser.go("/organisations/WB0003");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }
}
