package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.TestUsers;

/** Sign-in, the home page, sign-out, the 404 and 403 pages, and the security headers, in a real browser. */
class SignInBrowserTest extends ApiTest {

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

    @Test
    void a_person_signs_in_sees_their_home_and_signs_out() {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.accessible("sign-in");

        browser.signIn("analyst", "wrong");
        assertThat(browser.errors()).containsExactly("The username or password is not right");
        browser.accessible("sign-in-error");

        browser.signIn("analyst", TestUsers.password("analyst"));
        assertThat(browser.pathAfterNavigation("/")).isEqualTo("/");
        assertThat(browser.text()).contains("Signed in as analyst");
        assertThat(browser.link("Dashboard of targets and results").getDomAttribute("href")).isEqualTo("/dashboard");
        browser.accessible("home-analyst");

        browser.button("Sign out").click();
        assertThat(browser.pathAfterNavigation("/sign-in?signedOut")).isEqualTo("/sign-in?signedOut");
        assertThat(browser.text()).contains("You have signed out.");
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }

    @Test
    void an_unknown_page_is_a_404_page() {
        browser.signIn("auditor", TestUsers.password("auditor")).go("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.accessible("not-found");
    }

    @Test
    void pages_carry_the_security_headers_and_the_api_keeps_its_problems() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("DMA_SESSION=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(page.body()).contains("name=\"_csrf\"").doesNotContain("<script>").doesNotContain("style=");

        HttpResponse<String> api = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/frameworks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        HttpResponse<String> unknownApi = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/no-such-thing"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("analyst:" + TestUsers.password("analyst")).getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknownApi.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }
}
