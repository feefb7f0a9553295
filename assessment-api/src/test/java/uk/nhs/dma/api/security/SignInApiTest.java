package uk.nhs.dma.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * Sign-in over HTTP against a service of its own (the default local users, low throttle limits), so that its
 * failures do not throttle the other tests' client address.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext service;
    private static int port;

    @BeforeAll
    static void start() {
        TestDatabase.Connection db = TestDatabase.fresh();
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none")
                .run("--assessment.security.throttle.user-failures=3",
                        "--assessment.security.throttle.address-failures=11", "--assessment.security.throttle.window=10m");
        port = service.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void a_noop_password_stays_as_configured_after_sign_in() throws Exception {
        assertThat(get("/api/frameworks", basic("auditor", "auditor-local")).statusCode()).isEqualTo(200);
        assertThat(get("/api/frameworks", basic("auditor", "auditor-local")).statusCode()).isEqualTo(200);

        assertThat(service.getBean(UserDetailsService.class).loadUserByUsername("auditor").getPassword())
                .isEqualTo("{noop}auditor-local");
    }

    /** One story, in order, because the address counter is shared by every step (3 + 3 + 5 failures). */
    @Test
    void failed_sign_ins_are_throttled_per_user_then_per_address_for_basic_and_bearer_tokens(CapturedOutput output)
            throws Exception {
        String forged = "2026-11-29T00:00:00.000Z  INFO 1 --- [forged] uk.nhs.dma.Forged : user=admin outcome=accepted";
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/frameworks", basic("x\r\n" + forged, "guess-" + i)).statusCode()).isEqualTo(401);
        }
        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-11-29T00:00:00.000Z"))
                .anyMatch(line -> line.contains("Sign-ins throttled after repeated failures: user=x\\r\\n2026-11-29"));

        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/frameworks", basic("analyst", "wrong-" + i)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> userBlocked = get("/api/frameworks", basic("analyst", "analyst-local"));
        assertThat(userBlocked.statusCode()).isEqualTo(429);
        assertThat(userBlocked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(userBlocked.body()).contains("\"rule\":\"too-many-failed-sign-ins\"");
        assertThat(Long.parseLong(userBlocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(get("/api/frameworks", basic("london", "london-local")).statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/frameworks", "Bearer dma_guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> addressBlocked = get("/api/frameworks", basic("london", "london-local"));
        assertThat(addressBlocked.statusCode()).isEqualTo(429);
        assertThat(addressBlocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/api/frameworks", "Bearer dma_guess-again").statusCode()).isEqualTo(429);
        assertThat(get("/api/frameworks", null).statusCode()).isEqualTo(401);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
