package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.web.WebWorld.THIS_YEAR;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.ApiTest;

/** A board approver, in a real browser: the list awaiting approval, the review page, approval and four eyes. */
class ApprovalJourneyBrowserTest extends ApiTest {

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
    void an_approver_reviews_what_changed_and_approves_with_the_board_date() {
        String id = "WB0002-" + THIS_YEAR;
        WebWorld.submitted(as("w-submitter"), "WB0002", THIS_YEAR, 2);
        WebWorld.ok(as("w-submitter").post("/api/assessments/" + id + "/reopening", Map.of("reason", "typo")));
        WebWorld.ok(as("w-submitter").put("/api/assessments/" + id + "/answers",
                Map.of("answers", List.of(Map.of("questionId", "Q01", "score", 4)))));
        WebWorld.ok(as("w-submitter").post("/api/assessments/" + id + "/submission", Map.of()));

        browser.signIn("w-approver", "web-local").link("Assessments awaiting approval").click();
        assertThat(browser.table("Submitted, awaiting board approval")).extracting(row -> row.get(0))
                .contains("WB0002 " + THIS_YEAR);
        browser.accessible("approvals");
        browser.link("WB0002 " + THIS_YEAR).click();
        assertThat(browser.summary("Submitted by")).isEqualTo("w-submitter");
        assertThat(browser.table("Changes since revision 1")).containsExactly(
                List.of("Question 1 on well-led", "2", "4"));
        assertThat(browser.table("Measure well-led: 3.00")).containsExactly(
                List.of("Question 1 on well-led", "4", "", ""), List.of("Question 2 on well-led", "2", "", ""));
        browser.accessible("review");

        browser.field("Day").sendKeys("31");
        browser.field("Month").sendKeys("2");
        browser.field("Year").sendKeys("2026");
        browser.button("Approve").click();
        assertThat(browser.errors()).containsExactly("The board date must be a real date, for example 27 3 2024");
        browser.accessible("review-error");
        browser.field("Day").clear();
        browser.field("Day").sendKeys("26");
        browser.button("Approve").click();

        assertThat(browser.path()).isEqualTo("/assessments/" + id + "/results");
        assertThat(browser.summary("Approved")).isEqualTo("By w-approver, board of 26 February 2026");
        String meta = String.valueOf(metaData(id, eventTypes(id).size() - 1).get("meta"));
        assertThat(meta).contains("\"user\":\"w-approver\"", "\"correlationId\":\"");
        assertThat(eventTypes(id)).last().isEqualTo("AssessmentApproved");
    }

    @Test
    void whoever_submitted_the_revision_sees_why_they_may_not_approve_it_and_no_button() {
        WebWorld.submitted(admin(), "WB0003", THIS_YEAR, 3);
        browser.signIn("admin", "admin-local").go("/assessments/WB0003-" + THIS_YEAR + "/review");
        assertThat(browser.text()).contains("You cannot approve this assessment",
                "You submitted this revision, so someone else on the board must approve it.");
        assertThat(browser.hasButton("Approve")).isFalse();
        browser.accessible("review-four-eyes");
    }
}
