package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import uk.nhs.dma.api.testing.ApiTest;

/**
 * The capability declarations page of an organisation, in real headless Chromium: its history, and the form a
 * submitter of the organisation declares with; refused input shows a GOV.UK error summary and stores nothing;
 * someone who may only read sees the history without the form. Checked with axe.
 */
class CapabilityPagesBrowserTest extends ApiTest {

    private static final String TRUST = "WB0004";
    private static final String CAPTION = "Declarations, oldest first for each capability";
    private static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private int stored() {
        return admin().get("/api/organisations/" + TRUST + "/capabilities").json().size();
    }

    private void fill(String capability, String status, String day, String month, String year) {
        if (capability != null) {
            new Select(browser.field("Capability")).selectByValue(capability);
        }
        if (status != null) {
            new Select(browser.field("Status")).selectByValue(status);
        }
        browser.field("Day").clear();
        browser.field("Day").sendKeys(day);
        browser.field("Month").clear();
        browser.field("Month").sendKeys(month);
        browser.field("Year").clear();
        browser.field("Year").sendKeys(year);
        browser.button("Declare").click();
    }

    @Test
    void a_submitter_declares_a_capability_and_bad_input_is_refused_on_the_page_with_nothing_stored() {
        WebWorld.ensure(admin());
        browser = Browser.open(port);
        browser.signIn("w-submitter", "web-local").go("/organisations/" + TRUST);
        browser.link("Capabilities: history and declarations").click();
        assertThat(browser.path()).isEqualTo("/organisations/" + TRUST + "/capabilities");
        assertThat(browser.text()).contains("No capability has been declared.");
        browser.accessible("capabilities-empty");

        fill(null, null, "", "", "");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.errors()).containsExactly("Select the capability", "Select the status",
                "Enter the date it is in force from");
        browser.accessible("capabilities-errors");
        assertThat(stored()).isZero();

        fill("BOARD_DIGITAL_LEADER", "MET", "1", "4", "2024");
        assertThat(browser.errors()).hasSize(1).allMatch(e -> e.contains("MET"));
        assertThat(new Select(browser.field("Capability")).getOptions()).extracting(o -> o.getDomAttribute("value"))
                .containsExactly("", "BOARD_DIGITAL_LEADER", "DSPT_STANDARD", "SHARED_CARE_RECORD");
        fill("BOARD_DIGITAL_LEADER", "IN_PLACE", "31", "2", "2024");
        assertThat(browser.errors()).containsExactly("The date it is in force from must be a real date, for example 27 3 2024");
        assertThat(stored()).isZero();

        browser.field("Note (optional)").sendKeys("Chief clinical information officer appointed");
        fill("BOARD_DIGITAL_LEADER", "IN_PLACE", "1", "4", "2024");
        assertThat(browser.errors()).isEmpty();
        assertThat(browser.text()).contains("Capability declared.");
        assertThat(browser.table(CAPTION)).containsExactly(List.of("Board digital leader", "1", "In place",
                "2024-04-01", "Yes", "Chief clinical information officer appointed", "w-submitter"));
        browser.accessible("capabilities-declared");

        fill("BOARD_DIGITAL_LEADER", "NONE", "1", "3", "2024");
        assertThat(browser.errors()).hasSize(1);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void a_reader_sees_the_history_without_the_form_and_another_organisation_is_out_of_reach() {
        WebWorld.ensure(admin());
        try (Browser approver = Browser.open(port)) {
            approver.signIn("w-approver", "web-local").go("/organisations/" + TRUST + "/capabilities");
            assertThat(approver.heading()).isEqualTo("Capabilities of Organisation " + TRUST);
            assertThat(approver.hasButton("Declare")).isFalse();
            approver.go("/organisations/WB0005/capabilities");
            assertThat(approver.title()).doesNotStartWith("Capabilities");
        }
    }
}
