package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.web.WebWorld.THIS_YEAR;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A digital lead who started this year's assessment by mistake withdraws the draft, in a real browser: the reason
 * is asked for (the aggregate's rule beside the field), the home page shows the draft as withdrawn, and this year's
 * assessment can be started again.
 */
class WithdrawalBrowserTest extends ApiTest {

    private static final String TRUST = "WB0006";
    private static final String ID = TRUST + "-" + THIS_YEAR;
    private static Browser browser;

    @BeforeEach
    void open() {
        WebWorld.ensure(admin());
        if (admin().get("/api/organisations/" + TRUST).status() == 404) {
            assertThat(admin().post("/api/organisations", Fixtures.organisation(TRUST, "ACUTE", "WBI01", "2020-01-01"))
                    .status()).isEqualTo(201);
        }
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
    void a_draft_started_by_mistake_is_withdrawn_with_a_reason_and_the_year_started_again() {
        browser.signIn("wd-submitter", "web-local");
        browser.button("Start this year's assessment for " + TRUST).click();
        assertThat(browser.pathAfterNavigation("/assessments/" + ID)).isEqualTo("/assessments/" + ID);

        browser.link("Withdraw this draft").click();
        assertThat(browser.heading()).isEqualTo("Withdraw this draft");
        browser.accessible("withdraw");

        // No reason: the aggregate's rule, beside the field and in the summary; nothing stored.
        long before = eventCount();
        browser.button("Withdraw draft").click();
        assertThat(browser.errors()).containsExactly("reason is required and must not be blank");
        assertThat(browser.driver().findElement(By.id("reason-error")).getText())
                .contains("reason is required and must not be blank");
        assertThat(eventCount()).isEqualTo(before);
        browser.accessible("withdraw-error");

        browser.field("Why are you withdrawing it?").sendKeys("Started for the wrong year by mistake");
        browser.button("Withdraw draft").click();
        assertThat(browser.pathAfterNavigation("/")).isEqualTo("/");
        assertThat(browser.text()).contains("The " + THIS_YEAR + " draft of " + TRUST + " was withdrawn.");
        assertThat(browser.table("Assessments of Organisation " + TRUST)).containsExactly(
                List.of(String.valueOf(THIS_YEAR), "Withdrawn", "1", "Not submitted"));
        browser.accessible("home-withdrawn");
        assertThat(eventTypes(ID)).containsExactly("AssessmentStarted", "AssessmentWithdrawn");
        assertThat(String.valueOf(metaData(ID, 1).get("meta"))).contains("\"user\":\"wd-submitter\"");

        // The withdrawn draft's page says so and offers no reopening; then the year starts again.
        browser.go("/assessments/" + ID + "/results");
        assertThat(browser.text()).contains("This draft was withdrawn without being submitted");
        assertThat(browser.driver().findElements(By.linkText("Reopen this assessment"))).isEmpty();
        browser.go("/");
        browser.button("Start this year's assessment for " + TRUST).click();
        assertThat(browser.pathAfterNavigation("/assessments/" + ID)).isEqualTo("/assessments/" + ID);
        assertThat(browser.text()).contains(TRUST + ", revision 1");
        assertThat(eventTypes(ID)).containsExactly("AssessmentStarted", "AssessmentWithdrawn", "AssessmentStarted");
    }
}
