package uk.nhs.dma.api.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import uk.nhs.dma.api.testing.TestUsers;

/**
 * Clients sending commands over HTTP until told to stop or until the service stops answering: each registers a
 * trust, starts its assessment and saves answers to that draft three times, then moves to the next trust. Every
 * request carries its own correlation id, and every answer is kept in a ledger: the status (or none, when the
 * connection failed), whether a 503 carried Retry-After, so that the store can be checked against it.
 */
final class CommandLoad {

    /** One command sent: its correlation id, what it was, and the answer (-1: no answer). */
    record Sent(String correlationId, String command, int status, boolean retryAfter) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + TestUsers.password("admin")).getBytes(StandardCharsets.UTF_8));

    private final int port;
    private final String prefix;
    private final String icb;
    private final String frameworkId;
    private final int year;
    private final Queue<Sent> ledger = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService clients;
    private final int clientCount;

    private CommandLoad(int port, String prefix, String icb, String frameworkId, int year, int clientCount) {
        this.port = port;
        this.prefix = prefix;
        this.icb = icb;
        this.frameworkId = frameworkId;
        this.year = year;
        this.clientCount = clientCount;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int i = 0; i < clientCount; i++) {
            clients.submit(this::run);
        }
    }

    /** Starts the clients; codes are the prefix (one letter) and a counter, under the given ICB. */
    static CommandLoad start(int port, int clients, String prefix, String icb, String frameworkId, int year) {
        return new CommandLoad(port, prefix, icb, frameworkId, year, clients);
    }

    /** Tells the clients to stop after their current request, and waits for them. */
    List<Sent> stop() {
        stop.set(true);
        clients.shutdown();
        try {
            if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new AssertionError("load clients did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ArrayList<>(ledger);
    }

    /**
     * Waits until the clients have had this many commands acknowledged, or the time is up (a starved machine), and
     * answers how many were; the fault goes in either way, but never before the load has really begun.
     */
    long awaitAcknowledged(long commands, java.time.Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledged() < commands && System.nanoTime() < deadline) {
            ServiceProcess.pause();
        }
        long acknowledged = acknowledged();
        if (acknowledged < clientCount) {
            throw new AssertionError("only " + acknowledged + " commands acknowledged within " + limit);
        }
        return acknowledged;
    }

    long acknowledged() {
        return ledger.stream().filter(Sent::acknowledged).count();
    }

    long answered(int status) {
        return ledger.stream().filter(s -> s.status() == status).count();
    }

    private void run() {
        while (!stop.get()) {
            String ods = prefix + String.format("%05d", next.incrementAndGet());
            String registered = "{\"odsCode\":\"" + ods + "\",\"name\":\"Trust " + ods + "\",\"type\":\"ACUTE\","
                    + "\"parentCode\":\"" + icb + "\",\"openedOn\":\"2020-04-01\"}";
            Sent sent = send("POST", "/api/organisations", registered, "register");
            if (sent.status() < 0) {
                return;
            }
            if (!sent.acknowledged() || stop.get()) {
                continue;
            }
            sent = send("POST", "/api/assessments",
                    "{\"odsCode\":\"" + ods + "\",\"year\":" + year + ",\"frameworkId\":\"" + frameworkId + "\"}",
                    "start");
            for (int save = 1; save <= 3 && sent.acknowledged() && !stop.get(); save++) {
                sent = send("PUT", "/api/assessments/" + ods + "-" + year + "/answers", answers(save), "answers");
            }
            if (sent.status() < 0) {
                return;
            }
        }
    }

    /** Different answers on each save, so each save is a distinct fact. */
    private static String answers(int save) {
        StringBuilder body = new StringBuilder("{\"answers\":[");
        for (int measure = 0; measure < 7; measure++) {
            body.append(measure == 0 ? "" : ",").append("{\"questionId\":\"Q").append(measure).append("1\",\"score\":")
                    .append(1 + (measure + save) % 5).append(",\"comment\":\"save ").append(save).append("\"}");
        }
        return body.append("]}").toString();
    }

    private Sent send(String method, String path, String body, String command) {
        String correlationId = prefix + "-" + java.util.UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        Sent sent;
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
            sent = new Sent(correlationId, command + " " + path + " -> " + abbreviated(response.body()),
                    response.statusCode(), retryAfter);
        } catch (IOException e) {
            sent = new Sent(correlationId, command + " " + path, -1, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent = new Sent(correlationId, command + " " + path, -1, false);
        }
        ledger.add(sent);
        return sent;
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300);
    }
}
