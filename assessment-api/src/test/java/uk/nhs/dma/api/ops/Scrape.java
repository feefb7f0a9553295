package uk.nhs.dma.api.ops;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads /actuator/prometheus as Prometheus does (text format), and picks samples out of it. */
final class Scrape {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)$");

    private Scrape() {
    }

    static HttpResponse<String> get(int port, String authorization) {
        return get(port, OpsSecurityConfiguration.PROMETHEUS, authorization);
    }

    /** A GET with exactly this Authorization header (or none). */
    static HttpResponse<String> get(int port, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", path.equals(OpsSecurityConfiguration.PROMETHEUS) ? "text/plain;version=0.0.4"
                        : "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Every sample as "name{labels}" (labels in the order written) to its value. */
    static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (!line.startsWith("#") && m.matches()) {
                samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        return samples;
    }

    /** The metric names present (sample names, so counters carry their _total). */
    static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        samples(text).keySet().forEach(k -> names.add(k.contains("{") ? k.substring(0, k.indexOf('{')) : k));
        return names;
    }

    /** The value of the one sample of the metric whose labels include all the given ones, or null. */
    static Double value(String text, String name, String... labels) {
        Double found = null;
        for (Map.Entry<String, Double> sample : samples(text).entrySet()) {
            String key = sample.getKey();
            if (!key.equals(name) && !key.startsWith(name + "{")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= key.contains(label);
            }
            if (all) {
                if (found != null) {
                    throw new AssertionError("more than one sample of " + name + " with " + String.join(",", labels));
                }
                found = sample.getValue();
            }
        }
        return found;
    }
}
