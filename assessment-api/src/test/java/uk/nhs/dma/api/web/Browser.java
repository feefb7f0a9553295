package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its ChromeDriver, both named explicitly so that Selenium Manager never runs and
 * nothing is downloaded. Finds things the way people do: by label, legend, button and link text.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A fresh headless browser; skipped without Chromium on a developer machine, a failure under CI. */
    public static Browser open(int port) {
        return open(port, true);
    }

    /** A fresh headless browser, with or without JavaScript. */
    public static Browser open(int port, boolean javascript) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message + "; skipped.");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("dma-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            if (!javascript) {
                options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return new Browser(driver, "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String user, String password) {
        go("/sign-in");
        field("Username").sendKeys(user);
        field("Password").sendKeys(password);
        WebElement submit = button("Sign in");
        submit.click();
        // the form's answer (home, or the sign-in page with its error) has replaced the page the button was on
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(submit));
        return this;
    }

    /** The address bar's path, without Spring Security's "continue" marker after a sign-in. */
    public String path() {
        String path = driver.getCurrentUrl().substring(base.length());
        return path.endsWith("?continue") ? path.substring(0, path.length() - "?continue".length()) : path;
    }

    /** The path once the navigation a click started has arrived there (polled up to 10 s; the path either way). */
    public String pathAfterNavigation(String expected) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> expected.equals(path()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertion on the returned path says what happened instead
        }
        return path();
    }

    /** Presses Tab until the focus reaches the form control labelled so; fails if it never does. */
    public Browser tabTo(String label) {
        WebElement wanted = field(label);
        for (int i = 0; i < 40; i++) {
            if (driver.switchTo().activeElement().equals(wanted)) {
                return this;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + label);
    }

    /** Types into the focused element, as a keyboard does. */
    public Browser keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Forgets the session, so the next test starts signed out. */
    public Browser forget() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /**
     * The page's text. A click's navigation can replace the document between finding its body and reading it; the
     * body is then found again in the new document (a bounded number of times).
     */
    public String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 50) {
                    throw e;
                }
            }
        }
    }

    /** The form control whose label is the text. */
    public WebElement field(String label) {
        WebElement element = driver.findElement(By.xpath("//label[normalize-space()=" + quote(label) + "]"));
        return driver.findElement(By.id(element.getDomAttribute("for")));
    }

    /** The radio labelled {@code option} in the group whose legend is {@code legend}. */
    public WebElement radio(String legend, String option) {
        WebElement group = driver.findElement(By.xpath("//fieldset[legend[normalize-space()=" + quote(legend) + "]]"));
        WebElement label = group.findElement(By.xpath(".//label[normalize-space()=" + quote(option) + "]"));
        return driver.findElement(By.id(label.getDomAttribute("for")));
    }

    public WebElement button(String name) {
        return driver.findElement(By.xpath("//button[normalize-space()=" + quote(name) + "]"));
    }

    public boolean hasButton(String name) {
        return !driver.findElements(By.xpath("//button[normalize-space()=" + quote(name) + "]")).isEmpty();
    }

    public WebElement link(String name) {
        return driver.findElement(By.xpath("//a[normalize-space()=" + quote(name) + "]"));
    }

    /** The value of a summary list row with the key. */
    public String summary(String key) {
        return driver.findElement(By.xpath("//dt[normalize-space()=" + quote(key) + "]/following-sibling::dd[1]")).getText();
    }

    /** A task list entry's status: the accessible description of the task's link. */
    public String taskStatus(String task) {
        return driver.findElement(By.id(link(task).getDomAttribute("aria-describedby"))).getText();
    }

    /** The rows of the table whose caption is given, each row's cells as text. */
    public List<List<String>> table(String caption) {
        WebElement table = driver.findElement(By.xpath("//table[caption[normalize-space()=" + quote(caption) + "]]"));
        return table.findElements(By.xpath(".//tbody/tr")).stream()
                .map(row -> row.findElements(By.xpath("./th|./td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** The error summary's messages (role alert, title "There is a problem"), in order. */
    public List<String> errors() {
        return driver.findElements(By.xpath("//div[@role='alert'][h2[normalize-space()='There is a problem']]//li"))
                .stream().map(WebElement::getText).toList();
    }

    /** Checks the page with axe-core against WCAG 2.2 A and AA, and saves its screenshot. */
    public Browser accessible(String screenshot) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe violations on %s: %s", path(), violations.stream()
                        .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
        screenshot(screenshot);
        return this;
    }

    public void screenshot(String name) {
        try {
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    private static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
