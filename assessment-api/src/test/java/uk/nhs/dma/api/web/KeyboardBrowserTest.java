package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.web.WebWorld.THIS_YEAR;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import uk.nhs.dma.api.testing.ApiTest;

/** With JavaScript switched off, a person signs in and declares the EPR with the keyboard alone. */
class KeyboardBrowserTest extends ApiTest {

    private static Browser browser;

    @BeforeEach
    void open() {
        WebWorld.ensure(admin());
        browser = browser == null ? Browser.open(port, false) : browser.forget();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void forms_work_by_keyboard_alone_without_javascript() {
        String id = "WB0004-" + THIS_YEAR;
        assertThat(as("w-submitter").post("/api/assessments", Map.of("odsCode", "WB0004", "year", THIS_YEAR,
                "frameworkId", WebWorld.frameworkOf(admin(), THIS_YEAR))).status()).isEqualTo(201);

        browser.go("/sign-in").tabTo("Username").keys("w-submitter", Keys.TAB, "web-local", Keys.ENTER);
        assertThat(browser.text()).contains("Signed in as w-submitter");

        browser.go("/assessments/" + id + "/epr").tabTo("No EPR").keys(Keys.SPACE).keys(Keys.ENTER);
        assertThat(browser.path()).isEqualTo("/assessments/" + id);
        assertThat(browser.taskStatus("Electronic patient record (EPR)")).isEqualTo("Completed");
    }
}
