package uk.nhs.dma.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API under test, authenticated as one user (or none). */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String user;
    private final String password;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Api(int port, String user, String password) {
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** A caller of the service on the given port, as one of the default local users. */
    public static Api of(int port, String user) {
        return new Api(port, user, TestUsers.password(user));
    }

    /** A caller that sends no credentials of its own (add them with {@link #header}, e.g. a bearer token). */
    public static Api anonymous(int port) {
        return new Api(port, null, null);
    }

    /** The same caller, sending one more header on every request. */
    public Api header(String name, String value) {
        Api copy = new Api(port, user, password);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    /** Sends a raw body exactly as given (for malformed JSON and size tests); a null type sends none. */
    public Response send(String method, String path, Object body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        request.header("Accept", "application/json, application/problem+json");
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (contentType != null && (body != null || !method.equals("GET"))) {
            // a JSON client declares JSON on every unsafe method, body or not (CrossSiteGuard)
            request.header("Content-Type", contentType);
        }
        if (body != null) {
            publisher = body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return raw.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
