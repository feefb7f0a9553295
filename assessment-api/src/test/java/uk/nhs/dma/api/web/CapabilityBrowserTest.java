package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.projections.testing.Eventually;

/** A trust's declared capabilities on its page, in a real browser, read as a table by its caption. */
class CapabilityBrowserTest extends ApiTest {

    private static final String TRUST = "WB0002";
    private static final String CAPTION = "Every declaration, oldest first for each capability";
    private static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void the_organisations_page_lists_its_declarations_and_the_one_in_force() {
        WebWorld.ensure(admin());
        String path = "/api/organisations/" + TRUST + "/capabilities";
        assertThat(admin().post(path, Map.of("capability", "DSPT_STANDARD", "status", "APPROACHING",
                "effectiveFrom", "2023-06-30")).status()).isEqualTo(201);
        assertThat(admin().post(path, Map.of("capability", "DSPT_STANDARD", "status", "MET",
                "effectiveFrom", "2024-06-30")).status()).isEqualTo(201);
        Eventually.await(() -> admin().get(path).json().size(), n -> n == 2, Duration.ofSeconds(15));

        browser = Browser.open(port);
        browser.signIn("w-submitter", "web-local").go("/organisations/" + TRUST);

        assertThat(browser.table(CAPTION)).containsExactly(
                List.of("DSPT standard", "Approaching standards", "2023-06-30", "No", "admin"),
                List.of("DSPT standard", "Standards met", "2024-06-30", "Yes", "admin"));
        browser.accessible("organisation-capabilities");
    }
}
