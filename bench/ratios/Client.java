import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP client of the service: HTTP Basic, an API token, or a signed-in page session (cookie and CSRF). */
final class Client {

    final String base;
    private final String authorization;
    private final HttpClient http;

    private Client(String base, String authorization, boolean cookies) {
        this.base = base;
        this.authorization = authorization;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.http = builder.build();
    }

    static Client basic(String base, String user, String password) {
        return new Client(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), false);
    }

    static Client token(String base, String token) {
        return new Client(base, "Bearer " + token, false);
    }

    /** Signs in through the page form (GET the form for its CSRF token, POST it) and keeps the session cookie. */
    static Client session(String base, String user, String password) {
        Client client = new Client(base, null, true);
        String form = client.send("GET", "/sign-in", null, null).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in form");
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = client.send("POST", "/sign-in", body, "application/x-www-form-urlencoded");
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + signedIn.statusCode() + " " + location);
        }
        return client;
    }

    /** A request that must succeed (2xx); answers the body. */
    String ok(String method, String path, String json) {
        HttpResponse<String> response = send(method, path, json, json == null ? null : "application/json");
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    HttpResponse<String> send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, new String[0]);
    }

    /** With more headers, as name, value pairs. */
    HttpResponse<String> send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    /** A timed GET that must answer 200; answers the nanoseconds it took. */
    long timedGet(String path) {
        long start = System.nanoTime();
        HttpResponse<String> response = send("GET", path, null, null);
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode());
        }
        return took;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
