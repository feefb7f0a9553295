package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.TestUsers;

/** Journey 5: an administrator reads the projections, rebuilds them from the page, and filters the register. */
class AdminBrowserTest extends ApiTest {

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
    void an_admin_rebuilds_the_read_models_and_watches_the_progress_bar() {
        browser.signIn("admin", TestUsers.password("admin")).go("/admin");
        assertThat(browser.table("Projection processors")).extracting(row -> row.get(0))
                .contains("organisations", "assessments", "frameworks", "targets");
        browser.accessible("admin");

        browser.button("Rebuild the read models").click();
        assertThat(browser.path()).startsWith("/admin/replays/");
        assertThat(browser.heading()).isEqualTo("Rebuilding the read models");
        // htmx polls the progress fragment in place: the page itself is never reloaded
        // htmx may swap the fragment between finding it and reading it: a stale element is read again
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("replay-progress")).getText().contains("Done"));
        assertThat(browser.driver().findElement(By.id("replay-bar")).getDomProperty("value")).isEqualTo("100");
        assertThat(browser.text()).doesNotContain("Refresh");
        browser.accessible("admin-replay");
        assertThat(admin().get("/api/organisations/" + world.region).status()).isEqualTo(200);
    }

    @Test
    void an_admin_filters_the_register_by_type_parent_and_date() {
        browser.signIn("admin", TestUsers.password("admin")).go("/admin/register");
        new org.openqa.selenium.support.ui.Select(browser.field("Type")).selectByVisibleText("ICB");
        browser.field("Parent").sendKeys(world.region);
        browser.button("Filter").click();
        assertThat(browser.table("Organisations on " + LocalDate.now())).extracting(row -> row.get(0))
                .containsExactly(world.icbA, world.icbB);
        browser.accessible("admin-register");

        browser.field("As of").sendKeys("2022-06-30");
        browser.button("Filter").click();
        assertThat(browser.table("Organisations on 2022-06-30")).isEmpty();

        browser.field("Parent").clear();
        browser.field("Parent").sendKeys("not a code!");
        browser.button("Filter").click();
        assertThat(browser.errors()).containsExactly("Enter the parent's ODS code: 2 to 6 letters or digits, for example QOP");
        browser.accessible("admin-register-error");
    }

    @Test
    void only_admins_see_administration() {
        browser.signIn("auditor", TestUsers.password("auditor")).go("/admin");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }
}
