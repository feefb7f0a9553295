package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/** An administrator uploads a year's results on the page and watches the import's progress bar to its report. */
class ImportBrowserTest extends ApiTest {

    private static Browser browser;

    @BeforeEach
    void open() {
        browser = browser == null ? Browser.open(port) : browser.forget();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private String register(String ods, String type, String parent, String openedOn) {
        Api.Response created = admin().post("/api/organisations", Fixtures.organisation(ods, type, parent, openedOn));
        assertThat(created.status()).isEqualTo(201);
        return ods;
    }

    /** A file of many rows: every trust of a fresh ICB answers, and the last row scores out of range. */
    private Path file(int trusts) throws Exception {
        String region = register(Fixtures.code("Y"), "REGION", null, null);
        String icb = register(Fixtures.code("Q"), "ICB", region, "2022-07-01");
        String framework = Fixtures.frameworkId(2024);
        assertThat(admin().post("/api/frameworks", Fixtures.framework(framework, 2024)).status()).isEqualTo(201);
        List<String> lines = new ArrayList<>();
        lines.add("odsCode,year,frameworkId,eprStatus,eprLiveSince,submittedBy,approvedBy,boardDate,Q01,Q11,Q21,Q31,Q41,Q51,Q61");
        for (int i = 0; i < trusts; i++) {
            String ods = register(Fixtures.code("R"), "ACUTE", icb, "2001-04-01");
            lines.add(ods + ",2024," + framework + ",LIVE,2020-01-01,alice,bob,2024-06-01,3,3,3,3,3,3," + (i == trusts - 1 ? 9 : 4));
        }
        Path file = Files.createTempFile("results-", ".csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void an_admin_uploads_a_file_and_watches_the_progress_bar_to_the_rejected_rows() throws Exception {
        Path file = file(12);
        browser.signIn("admin", TestUsers.password("admin")).go("/admin");
        browser.link("Import a year's results").click();
        assertThat(browser.heading()).isEqualTo("Import a year's results");
        browser.accessible("admin-imports");

        browser.field("Results file (CSV or Excel .xlsx)").sendKeys(file.toAbsolutePath().toString());
        browser.button("Import").click();

        assertThat(browser.path()).startsWith("/admin/imports/");
        assertThat(browser.heading()).isEqualTo("Importing " + file.getFileName());
        // htmx polls the progress fragment in place; it may swap it between finding and reading: read it again
        new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("import-progress")).getText().contains("Done"));
        assertThat(browser.driver().findElement(By.id("import-bar")).getDomProperty("value")).isEqualTo("100");
        assertThat(browser.summary("Rows")).isEqualTo("12 of 12 (100%)");
        assertThat(browser.summary("Accepted")).isEqualTo("11");
        assertThat(browser.summary("Rejected")).isEqualTo("1");
        assertThat(browser.table("Rejected rows")).extracting(row -> row.get(0) + " " + row.get(2) + " " + row.get(3))
                .containsExactly("13 invalid-score score");
        assertThat(browser.text()).doesNotContain("Refresh");
        browser.accessible("admin-import");
        Files.delete(file);
    }

    @Test
    void a_file_refused_whole_is_shown_as_an_error_on_the_form() throws Exception {
        Path bad = Files.createTempFile("notes-", ".txt");
        Files.writeString(bad, "odsCode\r\n");
        browser.signIn("admin", TestUsers.password("admin")).go("/admin/imports");

        browser.button("Import").click();
        assertThat(browser.errors()).containsExactly("Select a CSV or Excel (.xlsx) file");

        browser.field("Results file (CSV or Excel .xlsx)").sendKeys(bad.toAbsolutePath().toString());
        browser.button("Import").click();
        assertThat(browser.errors()).containsExactly("Upload a .csv or an .xlsx file.");
        browser.accessible("admin-imports-error");
        Files.delete(bad);
    }

    @Test
    void only_admins_import() {
        browser.signIn("auditor", TestUsers.password("auditor")).go("/admin/imports");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
    }
}
