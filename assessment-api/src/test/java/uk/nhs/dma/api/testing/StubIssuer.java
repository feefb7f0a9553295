package uk.nhs.dma.api.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect issuer for tests, in process, on the loopback: discovery, JWKS, authorize (which signs in
 * whoever the test chose, at once, and redirects back with a code, or refuses), token (client secret and PKCE
 * required; a signed ID token with {@code iss}, {@code sub}, {@code aud}, {@code nonce} and the person's
 * {@code roles}), userinfo (the person's {@code ods_codes} and {@code region_codes}) and end-session. It also
 * mints bearer JWTs for the API.
 */
public final class StubIssuer implements AutoCloseable {

    /** Who the next sign-in at the authorize endpoint is; a null subject leaves {@code sub} out. */
    public record Person(String subject, List<String> roles, List<String> odsCodes, List<String> regionCodes) {
    }

    private record Answer(Person person, String issuer, boolean refuse) {
    }

    private record Grant(Answer answer, String nonce, String redirectUri, String codeChallenge) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private volatile Answer next;
    private volatile boolean down;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> endSessions = new CopyOnWriteArrayList<>();

    public StubIssuer(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
        server.createContext("/issuer/", this::handle);
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    /** The next sign-in is this person, from this issuer. */
    public void signsIn(Person person) {
        next = new Answer(person, issuer, false);
    }

    /** The next sign-in is this person, but its ID token names another issuer. */
    public void signsInFromIssuer(Person person, String otherIssuer) {
        next = new Answer(person, otherIssuer, false);
    }

    /** The next sign-in is refused (the issuer answers {@code error=access_denied}). */
    public void refuses() {
        next = new Answer(null, issuer, true);
    }

    /** Whether discovery answers 503, as an issuer that is down would. */
    public void down(boolean down) {
        this.down = down;
    }

    /** The end-session requests received, each as its query parameters. */
    public List<Map<String, String>> endSessions() {
        return List.copyOf(endSessions);
    }

    /** A bearer JWT for the API, from this issuer. */
    public String bearer(Person person) {
        return sign(claims(person, issuer).audience("api").build());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/issuer".length());
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            switch (path) {
                case "/.well-known/openid-configuration" -> json(exchange, down ? 503 : 200, down
                        ? Map.of("error", "temporarily_unavailable") : discovery());
                case "/jwks" -> json(exchange, 200, Map.of("keys", List.of(key.toPublicJWK().toJSONObject())));
                case "/authorize" -> authorize(exchange, query);
                case "/token" -> token(exchange);
                case "/userinfo" -> userinfo(exchange);
                case "/logout" -> {
                    endSessions.add(query);
                    redirect(exchange, query.get("post_logout_redirect_uri"));
                }
                default -> json(exchange, 404, Map.of("error", "not_found"));
            }
        }
    }

    private Map<String, ?> discovery() {
        return Map.ofEntries(Map.entry("issuer", issuer), Map.entry("authorization_endpoint", issuer + "/authorize"),
                Map.entry("token_endpoint", issuer + "/token"), Map.entry("userinfo_endpoint", issuer + "/userinfo"),
                Map.entry("jwks_uri", issuer + "/jwks"), Map.entry("end_session_endpoint", issuer + "/logout"),
                Map.entry("response_types_supported", List.of("code")),
                Map.entry("subject_types_supported", List.of("public")),
                Map.entry("id_token_signing_alg_values_supported", List.of("RS256")),
                Map.entry("scopes_supported", List.of("openid", "profile")),
                Map.entry("token_endpoint_auth_methods_supported", List.of("client_secret_basic")),
                Map.entry("grant_types_supported", List.of("authorization_code")),
                Map.entry("code_challenge_methods_supported", List.of("S256")));
    }

    private void authorize(HttpExchange exchange, Map<String, String> query) throws IOException {
        Answer answer = next;
        next = null;
        String redirectUri = query.get("redirect_uri");
        if (!clientId.equals(query.get("client_id")) || redirectUri == null || answer == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String state = "&state=" + encode(query.getOrDefault("state", ""));
        if (answer.refuse()) {
            redirect(exchange, redirectUri + "?error=access_denied&error_description=" + encode("refused by the test")
                    + state);
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(answer, query.get("nonce"), redirectUri, query.get("code_challenge")));
        redirect(exchange, redirectUri + "?code=" + code + state);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic " + Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = codes.remove(String.valueOf(body.get("code")));
        if (grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !"authorization_code".equals(body.get("grant_type"))
                || grant.codeChallenge() == null || !grant.codeChallenge().equals(s256(body.get("code_verifier")))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Person person = grant.answer().person();
        JWTClaimsSet.Builder idToken = claims(person, grant.answer().issuer()).audience(clientId);
        if (grant.nonce() != null) {
            idToken.claim("nonce", grant.nonce());
        }
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, person);
        json(exchange, 200, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "scope", "openid profile", "id_token", sign(idToken.build())));
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Person person = accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (person == null) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", person.subject());
        claims.put("ods_codes", person.odsCodes());
        claims.put("region_codes", person.regionCodes());
        json(exchange, 200, claims);
    }

    /** The ID token and bearer claims: the person's roles (their codes come from userinfo). */
    private static JWTClaimsSet.Builder claims(Person person, String issuer) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject(person.subject()).claim("roles", person.roles())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", URI.create(location).toASCIIString());
        exchange.sendResponseHeaders(302, -1);
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = Api.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
