package uk.nhs.dma.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.projections.testing.TestDatabase;

/** Production mode: callers bring JWTs signed by the configured key; the tests mint their own. */
@ExtendWith(OutputCaptureExtension.class)
class JwtModeTest {

    private static ConfigurableApplicationContext service;
    private static KeyPair keys;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ISSUER = "https://login.example.test/dma";

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Path pem = Files.createTempFile("jwt-public", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        TestDatabase.Connection db = TestDatabase.fresh();
        service = new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem)
                .run("--assessment.security.jwt.issuer=" + ISSUER);
        port = service.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void a_signed_token_is_the_caller_with_its_roles_and_scopes() throws Exception {
        String admin = token("ops-admin", List.of("ADMIN"), List.of(), List.of(), Instant.now().plusSeconds(300), keys);
        assertThat(send("POST", "/api/organisations", admin,
                "{\"odsCode\":\"JW1\",\"name\":\"Region\",\"type\":\"REGION\"}").statusCode()).isEqualTo(201);
        String user = service.getBean(JdbcTemplate.class).queryForObject("select convert_from(meta_data, 'UTF8')"
                + " from domain_event_entry where aggregate_identifier = 'JW1'", String.class);
        assertThat(user).contains("\"user\":\"ops-admin\"");

        String auditor = token("an-auditor", List.of("AUDITOR"), List.of(), List.of(), Instant.now().plusSeconds(300), keys);
        assertThat(send("GET", "/api/audit/verification", auditor, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/organisations", auditor,
                "{\"odsCode\":\"JW2\",\"name\":\"Region\",\"type\":\"REGION\"}").statusCode()).isEqualTo(403);

        String submitter = token("a-submitter", List.of("SUBMITTER"), List.of("JW9"), List.of(),
                Instant.now().plusSeconds(300), keys);
        assertThat(send("POST", "/api/assessments", submitter,
                "{\"odsCode\":\"JW3\",\"year\":2024,\"frameworkId\":\"fw-2024\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void no_token_an_expired_token_or_a_foreign_signature_is_401() throws Exception {
        assertThat(send("GET", "/api/frameworks", null, null).statusCode()).isEqualTo(401);
        String expired = token("late", List.of("ADMIN"), List.of(), List.of(), Instant.now().minusSeconds(600), keys);
        assertThat(send("GET", "/api/frameworks", expired, null).statusCode()).isEqualTo(401);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token("forger", List.of("ADMIN"), List.of(), List.of(), Instant.now().plusSeconds(300),
                generator.generateKeyPair());
        HttpResponse<String> refused = send("GET", "/api/frameworks", forged, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void basic_authentication_is_not_accepted_in_jwt_mode() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/frameworks")).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin-local".getBytes())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_without_a_subject_or_without_the_configured_issuer_is_401() throws Exception {
        Instant later = Instant.now().plusSeconds(300);
        String noSubject = token(null, ISSUER, List.of("ADMIN"), later, keys);
        String noIssuer = token("no-issuer", null, List.of("ADMIN"), later, keys);
        String otherIssuer = token("elsewhere", "https://other.example.test", List.of("ADMIN"), later, keys);
        String blankSubject = token(" ", ISSUER, List.of("ADMIN"), later, keys);
        for (String refused : List.of(noSubject, noIssuer, otherIssuer, blankSubject)) {
            HttpResponse<String> response = send("POST", "/api/organisations", refused,
                    "{\"odsCode\":\"JW7\",\"name\":\"Region\",\"type\":\"REGION\"}");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(service.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = 'JW7'", Long.class)).isZero();
        assertThat(send("GET", "/api/frameworks", token("with-both", ISSUER, List.of("ADMIN"), later, keys), null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_subject_with_a_line_break_is_refused_and_cannot_forge_a_log_line(CapturedOutput output) throws Exception {
        String forged = "2026-11-29T00:00:00.000Z  INFO 1 --- [forged] uk.nhs.dma.Forged : user=admin outcome=accepted";
        String token = token("ops\r\n" + forged, List.of("ADMIN"), List.of(), List.of(), Instant.now().plusSeconds(300),
                keys);

        HttpResponse<String> response = send("POST", "/api/organisations", token,
                "{\"odsCode\":\"JW8\",\"name\":\"Region\",\"type\":\"REGION\"}");

        assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith("2026-11-29T00:00:00.000Z"));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void an_api_token_created_by_a_jwt_admin_is_accepted_beside_jwts() throws Exception {
        String admin = token("token-admin", List.of("ADMIN"), List.of(), List.of(), Instant.now().plusSeconds(300), keys);
        HttpResponse<String> created = send("POST", "/api/admin/tokens", admin,
                "{\"owner\":\"jwt-mode-bot\",\"roles\":[\"AUDITOR\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String apiToken = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        assertThat(send("GET", "/api/audit/verification", apiToken, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/organisations", apiToken,
                "{\"odsCode\":\"JW6\",\"name\":\"Region\",\"type\":\"REGION\"}").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/frameworks", "dma_never-issued", null).statusCode()).isEqualTo(401);
    }

    @Test
    void without_an_openid_connect_client_the_sign_in_page_offers_no_form_and_says_so() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/sign-in")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign-in to these pages is not set up").doesNotContain("name=\"password\"")
                .doesNotContain("/oauth2/authorization/");
    }

    @Test
    void production_mode_does_not_start_without_an_expected_issuer() throws Exception {
        Path pem = Files.createTempFile("jwt-public", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        TestDatabase.Connection db = TestDatabase.fresh();
        assertThatThrownBy(() -> new SpringApplicationBuilder(AssessmentApplication.class).properties(
                "spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password(), "server.port=0", "assessment.seed=none",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem).run().close())
                .hasStackTraceContaining(JwtRules.ISSUER);
    }

    private static String token(String subject, List<String> roles, List<String> odsCodes, List<String> regions,
                                Instant expires, KeyPair signingKeys) throws Exception {
        return token(subject, ISSUER, roles, odsCodes, regions, expires, signingKeys);
    }

    private static String token(String subject, String issuer, List<String> roles, Instant expires,
                                KeyPair signingKeys) throws Exception {
        return token(subject, issuer, roles, List.of(), List.of(), expires, signingKeys);
    }

    private static String token(String subject, String issuer, List<String> roles, List<String> odsCodes,
                                List<String> regions, Instant expires, KeyPair signingKeys) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(subject).issuer(issuer).claim(Callers.ROLES, roles).claim(Callers.ODS_CODES, odsCodes)
                .claim(Callers.REGION_CODES, regions).issueTime(new Date()).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) signingKeys.getPrivate()));
        return jwt.serialize();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
