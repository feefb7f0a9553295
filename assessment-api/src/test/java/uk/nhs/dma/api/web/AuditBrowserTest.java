package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.eventstore.audit.Verification;

/** Journey 4: an auditor finds an assessment, reads its timeline with differences and reasons, and compares figures. */
class AuditBrowserTest extends ApiTest {

    private static Browser browser;
    private static AnalystWorld world;

    @BeforeEach
    void open() {
        browser = browser == null ? Browser.open(port) : browser.forget();
        if (world == null) {
            world = new AnalystWorld(admin());
            world.returnAndResubmit(world.live + "-2025", "Check the well-led scores");
        }
        browser.signIn("auditor", TestUsers.password("auditor"));
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
    void an_auditor_finds_an_assessment_and_reads_who_changed_what_and_why() {
        browser.go("/audit");
        browser.accessible("audit-search");
        browser.field("Find an organisation or an assessment").sendKeys(world.live);
        browser.button("Search").click();
        assertThat(browser.table("Results")).extracting(row -> row.get(0))
                .containsExactly(world.live, world.live + "-2024", world.live + "-2025");
        browser.link(world.live + "-2025").click();
        assertThat(browser.heading()).isEqualTo(world.live + "-2025");
        assertThat(browser.text()).contains("Chain verified")
                .contains("Returned revision 1 for changes; revision 2 starts as a draft")
                .contains("Reason: Check the well-led scores")
                .contains("Submitted revision 2: answers that changed since the previous submitted revision below")
                .contains("by admin at");
        assertThat(browser.table("Changes in event 5")).containsExactly(List.of("Q01", "3", "4"));
        assertThat(browser.table("Changes in event 6")).containsExactly(List.of("Q01", "3", "4"));
        assertThat(browser.link("Download CSV").getDomAttribute("href"))
                .isEqualTo("/api/audit/streams/" + world.live + "-2025?format=csv");
        assertThat(browser.link("Download Excel (.xlsx)").getDomAttribute("href"))
                .isEqualTo("/api/audit/streams/" + world.live + "-2025?format=xlsx");
        browser.accessible("audit-stream");

        browser.go("/audit/verification");
        assertThat(browser.heading()).isEqualTo("Verification of the audit log");
        browser.accessible("audit-verification");
    }

    @Test
    void an_auditor_sees_what_changed_in_a_figure_between_two_instants() {
        browser.go("/audit/changes");
        browser.button("Compare").click();
        assertThat(browser.errors()).containsExactly("Enter the target's id, for example epr-coverage",
                "Enter from as an instant, for example 2024-04-15T09:00:00Z");
        browser.accessible("audit-changes-error");

        browser.field("Target").sendKeys(world.target);
        browser.field("As of").sendKeys("2025-06-30");
        browser.field("Scope").sendKeys("REGION:" + world.region);
        browser.field("From").sendKeys(world.beforeAssessments.toString());
        browser.button("Compare").click();
        List<List<String>> figures = browser.table("The figure as known at each instant");
        assertThat(figures.get(0).subList(1, 4)).containsExactly("0", "3", "0.00%");
        assertThat(figures.get(1).subList(1, 4)).containsExactly("2", "3", "66.67%");
        assertThat(browser.table("Organisations whose counting changed")).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder(world.deploying, world.live);
        browser.accessible("audit-changes");
    }

    @Test
    void only_auditors_and_admins_read_the_audit_log() {
        browser.forget().signIn("analyst", TestUsers.password("analyst"));
        browser.go("/audit");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }
}
