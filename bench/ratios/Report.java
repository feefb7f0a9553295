import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run: rows of (service, baseline, ratio, goal) printed as a table and written as JSON. */
final class Report {

    /** One pair: the service's figure, the baseline's, their ratio and the goal it is held to (null: none set). */
    record Row(String pair, String measure, double service, double baseline, String unit, double ratio,
               String goal, Boolean met) {
    }

    final Map<String, Object> run = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    final Map<String, Object> details = new LinkedHashMap<>();

    /** A ratio where bigger is better (a rate): met when service / baseline >= min. */
    void atLeast(String pair, String measure, double service, double baseline, String unit, Double min) {
        double ratio = service / baseline;
        rows.add(new Row(pair, measure, service, baseline, unit, round(ratio),
                min == null ? null : ">= " + min + "x", min == null ? null : ratio >= min));
    }

    /** A ratio where smaller is better (a time): met when service / baseline <= max. */
    void atMost(String pair, String measure, double service, double baseline, String unit, Double max) {
        double ratio = service / baseline;
        rows.add(new Row(pair, measure, service, baseline, unit, round(ratio),
                max == null ? null : "<= " + max + "x", max == null ? null : ratio <= max));
    }

    void print() {
        System.out.printf("%n%-10s %-52s %12s %12s %-9s %8s  %-9s %s%n", "pair", "measure", "service", "baseline",
                "unit", "ratio", "goal", "");
        for (Row r : rows) {
            System.out.printf("%-10s %-52s %12.1f %12.1f %-9s %7.2fx  %-9s %s%n", r.pair, r.measure, r.service,
                    r.baseline, r.unit, r.ratio, r.goal == null ? "-" : r.goal,
                    r.met == null ? "" : r.met ? "met" : "MISSED");
        }
    }

    void write(Path file) throws Exception {
        Map<String, Object> all = new LinkedHashMap<>(run);
        all.put("rows", rows);
        all.put("details", details);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
        System.out.println("written " + file);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Nearest-rank percentile of durations in nanoseconds, in milliseconds. */
    static double percentileMs(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static Map<String, Object> timings(List<Long> nanos) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("calls", nanos.size());
        t.put("p50Ms", percentileMs(nanos, 50));
        t.put("p99Ms", percentileMs(nanos, 99));
        return t;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
