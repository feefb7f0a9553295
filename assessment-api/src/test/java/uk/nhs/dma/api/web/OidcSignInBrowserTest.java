package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.StubIssuer;
import uk.nhs.dma.api.testing.StubIssuer.Person;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * JWT mode's web sign-in: OpenID Connect at a stub issuer this test starts, against a service it starts itself
 * (not the suite's shared context), in a real browser. The person's roles come from the ID token and their
 * organisations from userinfo. The issuer's metadata is read at the first sign-in, so the test of an unreachable
 * issuer runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcSignInBrowserTest {

    private static final String CLIENT = "dma-web";
    private static final String SECRET = "stub-secret";
    private static final Person SUBMITTER = new Person("oidc-submitter", List.of("SUBMITTER"), List.of("OI0001"),
            List.of());

    private static StubIssuer issuer;
    private static ConfigurableApplicationContext service;
    private static int port;
    private static Browser browser;

    @BeforeAll
    static void start() {
        issuer = new StubIssuer(CLIENT, SECRET);
        TestDatabase.Connection db = TestDatabase.fresh();
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer())
                // arguments, because application.properties outranks these defaults for the client's settings
                .run("--assessment.security.oidc.client-id=" + CLIENT,
                        "--assessment.security.oidc.client-secret=" + SECRET);
        port = service.getEnvironment().getProperty("local.server.port", Integer.class);
        Api admin = Api.anonymous(port).header("Authorization", "Bearer " + issuer.bearer(
                new Person("oidc-admin", List.of("ADMIN"), List.of(), List.of())));
        for (Map<String, Object> organisation : List.of(
                Fixtures.organisation("OIR01", "REGION", null, "2020-01-01"),
                Fixtures.organisation("OII01", "ICB", "OIR01", "2020-01-01"),
                Fixtures.organisation("OI0001", "ACUTE", "OII01", "2020-01-01"),
                Fixtures.organisation("OI0002", "ACUTE", "OII01", "2020-01-01"))) {
            assertThat(admin.post("/api/organisations", organisation).status()).isEqualTo(201);
        }
        assertThat(admin.get("/api/organisations/OI0002").status()).isEqualTo(200);
    }

    @Test
    @Order(1)
    void an_issuer_that_cannot_be_reached_is_explained_on_a_page() throws Exception {
        issuer.down(true);
        try {
            HttpResponse<String> start = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/oauth2/authorization/dma")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                    .endsWith("/sign-in?error=unavailable"));
        } finally {
            issuer.down(false);
        }
        browser.go("/sign-in?error=unavailable");
        assertThat(browser.errors()).singleElement().asString().contains("cannot be reached");
    }

    @BeforeEach
    void open() {
        browser = browser == null ? Browser.open(port) : browser.forget();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (service != null) {
            service.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void a_person_signs_in_at_the_issuer_sees_their_organisations_is_refused_outside_scope_and_signs_out()
            throws Exception {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.text()).doesNotContain("Password");
        browser.accessible("sign-in-oidc");

        issuer.signsIn(SUBMITTER);
        browser.link("Sign in").click();
        assertThat(browser.pathAfterNavigation("/")).isEqualTo("/");
        assertThat(browser.text()).contains("Signed in as oidc-submitter", "Your organisations", "Organisation OI0001")
                .doesNotContain("Organisation OI0002");
        browser.accessible("home-oidc-submitter");

        browser.go("/organisations/OI0002");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        assertThat(browser.text()).contains("outside your scope");
        browser.accessible("forbidden-oidc");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/organisations/OI0002"))
                .header("Cookie", "DMA_SESSION=" + browser.driver().manage().getCookieNamed("DMA_SESSION").getValue())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot see this page").doesNotContain("Exception");
        // signing out posts a form whose answer redirects to the issuer: the policy's form-action must allow it
        assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("form-action 'self' " + issuer.issuer().replace("/issuer", "") + ";"));

        browser.go("/");
        browser.button("Sign out").click();
        assertThat(browser.pathAfterNavigation("/sign-in?signedOut")).isEqualTo("/sign-in?signedOut");
        assertThat(browser.text()).contains("You have signed out.");
        assertThat(issuer.endSessions()).hasSize(1);
        assertThat(issuer.endSessions().get(0)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/sign-in?signedOut");
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }

    @Test
    void a_sign_in_the_issuer_refuses_is_explained_on_a_page() {
        issuer.refuses();
        browser.go("/sign-in").link("Sign in").click();
        assertFailure("refused", "did not sign you in");
        browser.accessible("sign-in-oidc-refused");
    }

    @Test
    void an_id_token_from_another_issuer_is_refused_with_a_page() {
        issuer.signsInFromIssuer(SUBMITTER, "https://elsewhere.example.test");
        browser.go("/sign-in").link("Sign in").click();
        assertFailure("untrusted", "could not be trusted");
        browser.accessible("sign-in-oidc-untrusted");
    }

    @Test
    void an_id_token_without_a_subject_is_refused_with_a_page() {
        issuer.signsIn(new Person(null, List.of("ADMIN"), List.of("*"), List.of("*")));
        browser.go("/sign-in").link("Sign in").click();
        assertFailure("untrusted", "could not be trusted");
    }

    @Test
    void an_answer_to_a_sign_in_this_service_did_not_start_is_refused_with_a_page() {
        browser.go("/login/oauth2/code/dma?code=forged&state=forged");
        assertFailure("restart", "did not start here");
    }

    private void assertFailure(String reason, String message) {
        assertThat(browser.pathAfterNavigation("/sign-in?error=" + reason)).isEqualTo("/sign-in?error=" + reason);
        assertThat(browser.errors()).singleElement().asString().contains(message);
        assertThat(browser.text()).doesNotContain("Exception").doesNotContain("Signed in as");
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }
}
