package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.web.WebWorld.THIS_YEAR;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * Evidence and carried answers in a real browser: a year started from last year's shows each carried answer with
 * a confirm button on its question's page; a document uploaded on the evidence page is listed (flagged expired) and
 * downloads as uploaded; a withdrawn item stays listed; a bad link is refused beside its field and stores nothing.
 */
class EvidenceBrowserTest extends ApiTest {

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
    void a_carried_answer_is_confirmed_and_a_document_is_uploaded_listed_downloaded_and_withdrawn() throws Exception {
        String trust = Fixtures.code("R");
        assertThat(admin().post("/api/organisations", Fixtures.organisation(trust, "ACUTE", "WBI01", "2020-01-01"))
                .status()).isEqualTo(201);
        WebWorld.submitted(admin(), trust, THIS_YEAR - 1, 3);
        String id = trust + "-" + THIS_YEAR;
        browser.signIn("admin", "admin-local");
        browser.go("/organisations/" + trust);
        browser.button("Start this year's assessment").click();
        assertThat(browser.pathAfterNavigation("/assessments/" + id)).isEqualTo("/assessments/" + id);

        // The question page marks the carried answer and confirms it as it stands.
        browser.go("/assessments/" + id + "/measures/well-led");
        assertThat(browser.driver().findElement(By.id("carried-Q01")).getText()).contains("Carried forward");
        browser.accessible("measure-carried");
        browser.driver().findElement(By.id("confirm-Q01")).click();
        assertThat(browser.text()).contains("Confirmed as they stand: Q01");
        assertThat(browser.driver().findElements(By.id("carried-Q01"))).isEmpty();
        assertThat(browser.driver().findElement(By.id("carried-Q02")).getText()).contains("Carried forward");

        // A bad link: the rule's message beside the field, nothing stored.
        browser.go("/assessments/" + id + "/evidence");
        long before = eventCount();
        browser.driver().findElement(By.id("kind-link")).click();
        browser.field("Title").sendKeys("Strategy");
        browser.field("Link (http or https)").sendKeys("javascript:alert(1)");
        browser.field("Effective from (YYYY-MM-DD)").sendKeys("2024-05-01");
        browser.button("Attach evidence").click();
        assertThat(browser.errors()).hasSize(1).first().asString().contains("http or https");
        assertThat(eventCount()).isEqualTo(before);

        // A document about Q01, expired by today: listed with its flag, downloaded as uploaded.
        Path file = Files.createTempFile("board-minutes-", ".txt");
        Files.writeString(file, "Minutes of the May board " + trust);
        browser.go("/assessments/" + id + "/evidence");
        browser.field("What it supports").sendKeys("Q01");
        browser.driver().findElement(By.id("kind")).click();
        browser.field("Title").sendKeys("Board minutes");
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.field("Effective from (YYYY-MM-DD)").sendKeys("2024-05-01");
        browser.field("Expires on (YYYY-MM-DD, optional)").sendKeys("2024-12-31");
        browser.button("Attach evidence").click();
        assertThat(browser.text()).contains("Evidence attached: Board minutes");
        WebElement item = browser.driver().findElement(By.cssSelector(".evidence-item"));
        assertThat(item.getText()).contains("Board minutes", "Expired", "added by admin");
        browser.accessible("evidence");
        String href = browser.link("Board minutes").getDomAttribute("href");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + href)).header("Cookie", browser.driver().manage()
                .getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; ")))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Minutes of the May board " + trust);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");

        // Withdrawn with a reason, and still listed.
        String evidenceId = item.getDomAttribute("id").substring("evidence-".length());
        browser.field("Why withdraw Board minutes?").sendKeys("Superseded by the June minutes");
        browser.driver().findElement(By.id("withdraw-" + evidenceId)).click();
        assertThat(browser.text()).contains("Evidence withdrawn");
        assertThat(browser.driver().findElement(By.id("evidence-" + evidenceId)).getText())
                .contains("Withdrawn", "Superseded by the June minutes");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersConfirmed", "EvidenceAttached",
                "EvidenceWithdrawn");
    }
}
