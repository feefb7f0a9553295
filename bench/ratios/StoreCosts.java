import java.util.List;
import java.util.Map;

/** The rows that explain the rebuild's ratio: its cost per event beside the raw read's (medians of the rounds). */
final class StoreCosts {

    private StoreCosts() {
    }

    static void report(Report report, List<? extends Map<?, ?>> rebuild, List<? extends Map<?, ?>> raw) {
        row(report, "CPU us/event, service JVM vs bench JVM (raw)", rebuild, raw, "readerCpuMicrosPerEvent");
        row(report, "CPU us/event, PostgreSQL", rebuild, raw, "postgresCpuMicrosPerEvent");
        report.atMost("rebuild", "CPU us/event, both processes", median(rebuild, "readerCpuMicrosPerEvent")
                + median(rebuild, "postgresCpuMicrosPerEvent"), median(raw, "readerCpuMicrosPerEvent")
                + median(raw, "postgresCpuMicrosPerEvent"), "us", null);
        row(report, "wall us/event", rebuild, raw, "wallMicrosPerEvent");
        row(report, "cores busy (service or bench + PostgreSQL)", rebuild, raw, "cpuCoresBusy");
        for (String counter : List.of("commits", "rowsInserted", "rowsUpdated", "rowsDeleted", "rowsRead")) {
            row(report, counter + " per event", rebuild, raw, counter + "PerEvent");
        }
    }

    private static void row(Report report, String measure, List<? extends Map<?, ?>> rebuild,
                            List<? extends Map<?, ?>> raw, String key) {
        double baseline = median(raw, key);
        if (baseline > 0) { // a count the raw read does not have (rows inserted) stays in the details only
            report.atMost("rebuild", measure, median(rebuild, key), baseline, "", null);
        }
    }

    private static double median(List<? extends Map<?, ?>> costs, String key) {
        return Report.median(costs.stream().map(m -> ((Number) m.get(key)).doubleValue()).toList());
    }
}
