package uk.nhs.dma.api.bulk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import uk.nhs.dma.api.testing.TestUsers;

/** A download's exact bytes (the test client reads text). */
final class Downloads {

    private Downloads() {
    }

    static byte[] bytes(int port, String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode());
        }
        return response.body();
    }
}
