import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authentication rate benchmark (run by bench/auth-rate.sh; JDK only): 8 concurrent clients, each on its own
 * trust's draft assessment, alternating a GET of the assessment and a PUT of answers (a command that stores an
 * event), first with HTTP Basic, then with an API token. Prints requests/s and latency; asserts nothing.
 *   java bench/AuthRate.java BASE_URL SECONDS
 */
public class AuthRate {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ADMIN = basic("bench-admin", "bench-secret");
    static final String SUBMITTER = basic("bench-submitter", "bench-secret");
    static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        List<String> trusts = all(send(base, "GET", "/api/organisations?type=ACUTE&limit=" + CLIENTS, ADMIN, null)
                .body(), "\"odsCode\":\"([A-Z0-9]+)\"");
        String framework = send(base, "GET", "/api/frameworks/wgll-2025", ADMIN, null).body();
        String question = all(framework, "\"questions\":\\[\\{\"id\":\"([^\"]+)\"").stream().findFirst()
                .orElseGet(() -> all(framework, "\"id\":\"([A-Z]+-[0-9]+)\"").get(0));
        for (String ods : trusts) {
            send(base, "POST", "/api/assessments", SUBMITTER,
                    "{\"odsCode\":\"" + ods + "\",\"year\":2025,\"frameworkId\":\"wgll-2025\"}");
        }
        System.out.printf("%d clients, %d s per run, trusts %s, question %s%n", CLIENTS, seconds, trusts, question);
        run("basic", base, SUBMITTER, trusts, question, seconds);
        HttpResponse<String> created = send(base, "POST", "/api/admin/tokens", ADMIN,
                "{\"owner\":\"bench-client\",\"roles\":[\"SUBMITTER\"],\"odsCodes\":[\"*\"],\"regionCodes\":[]}");
        if (created.statusCode() != 201) {
            System.out.println("token: this build has no API tokens (" + created.statusCode() + ")");
            return;
        }
        String token = all(created.body(), "\"token\":\"([^\"]+)\"").get(0);
        run("token", base, "Bearer " + token, trusts, question, seconds);
    }

    static void run(String label, String base, String auth, List<String> trusts, String question, int seconds)
            throws Exception {
        List<Long> gets = Collections.synchronizedList(new ArrayList<>());
        List<Long> puts = Collections.synchronizedList(new ArrayList<>());
        List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(trusts.size());
        for (String ods : trusts) {
            new Thread(() -> {
                String path = "/api/assessments/" + ods + "-2025";
                for (int i = 0; System.nanoTime() < end; i++) {
                    boolean put = i % 2 == 1;
                    long start = System.nanoTime();
                    HttpResponse<String> response = put
                            ? send(base, "PUT", path + "/answers", auth, "{\"answers\":[{\"questionId\":\""
                            + question + "\",\"score\":" + (1 + i % 5) + "}]}")
                            : send(base, "GET", path, auth, null);
                    long micros = (System.nanoTime() - start) / 1000;
                    if (response.statusCode() >= 300) {
                        failures.add(response.statusCode());
                    }
                    (put ? puts : gets).add(micros);
                }
                done.countDown();
            }).start();
        }
        done.await();
        int total = gets.size() + puts.size();
        System.out.printf("%-5s: %6.1f requests/s (%d GET, %d PUT commands = %.1f commands/s), failures %d%s%n",
                label, total / (double) seconds, gets.size(), puts.size(), puts.size() / (double) seconds,
                failures.size(), failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(5, failures.size())));
        System.out.printf("       GET latency ms p50 %.1f p95 %.1f | PUT latency ms p50 %.1f p95 %.1f%n",
                pct(gets, 50), pct(gets, 95), pct(puts, 50), pct(puts, 95));
    }

    static double pct(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1000.0;
    }

    static HttpResponse<String> send(String base, String method, String path, String auth, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
