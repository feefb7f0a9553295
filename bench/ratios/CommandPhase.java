import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands phase: answer saves over HTTP against raw INSERTs (1 and 8), beside the HTTP floor (the same PUT
 * refused by validation), each run metered for CPU (service, PostgreSQL, client, cores busy); then, once, the
 * transactions and table accesses per save and per floor request from PostgreSQL's counters. These say what
 * limits the command ratios: what a save costs beyond the floor, and how busy the cores were.
 */
final class CommandPhase {

    private CommandPhase() {
    }

    static void run(Report report, CommandPair pair, CpuMeter meter, PgCounters counters, String icb, int rounds,
                    long seedCommands, long seedMillis) throws Exception {
        int one = Ratios.env("BENCH_SAVES_1", 100);
        int eight = Ratios.env("BENCH_SAVES_8", 300);
        int accounted = Ratios.env("BENCH_ACCOUNT_SAVES", 40);
        double rawSeconds = Ratios.env("BENCH_RAW_SECONDS", 5);
        int drafts = rounds * (one + eight) + accounted;
        System.out.println("commands: registering and starting " + drafts + " drafts");
        List<String> ids = pair.drafts(drafts, icb, 2025, "wgll-2025");
        pair.prepareRaw();
        String[] kinds = {"raw1", "http1", "floor1", "raw8", "http8", "floor8"};
        Map<String, List<Map<String, Object>>> runs = new LinkedHashMap<>();
        for (String kind : kinds) {
            runs.put(kind, new ArrayList<>());
        }
        int at = 0;
        for (int r = 0; r < rounds; r++) {
            List<String> mine1 = ids.subList(at, at + one), mine8 = ids.subList(at + one, at + one + eight);
            at += one + eight;
            runs.get("raw1").add(meter.measure(() -> pair.raw(1, rawSeconds)));
            runs.get("http1").add(meter.measure(() -> pair.http(mine1, 1)));
            runs.get("floor1").add(meter.measure(() -> pair.floor(mine1, 1)));
            runs.get("raw8").add(meter.measure(() -> pair.raw(8, rawSeconds)));
            runs.get("http8").add(meter.measure(() -> pair.http(mine8, 8)));
            runs.get("floor8").add(meter.measure(() -> pair.floor(mine8, 8)));
            StringBuilder line = new StringBuilder("  round " + (r + 1) + ":");
            for (String kind : kinds) {
                Map<String, Object> m = runs.get(kind).get(r);
                line.append(String.format(" %s %.1f/s (%.2f ms CPU/op, %.2f cores);", kind, m.get("perSecond"),
                        m.get("cpuMsPerOp"), m.get("coresBusy")));
            }
            System.out.println(line);
        }
        pair.dropRaw();
        Map<String, Map<String, Double>> median = new LinkedHashMap<>();
        runs.forEach((kind, list) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (String key : list.get(0).keySet()) {
                m.put(key, Report.median(list.stream().map(x -> ((Number) x.get(key)).doubleValue()).toList()));
            }
            median.put(kind, m);
        });
        double r1 = median.get("raw1").get("perSecond"), h1 = median.get("http1").get("perSecond"),
                r8 = median.get("raw8").get("perSecond"), h8 = median.get("http8").get("perSecond");
        report.atLeast("commands", "answer saves/s, 1 client vs raw INSERTs, 1 thread", h1, r1, "/s", 0.25);
        report.atLeast("commands", "answer saves/s, 8 clients vs raw INSERTs, 8 threads", h8, r8, "/s", 0.35);
        report.atLeast("commands", "answer saves/s, 8 clients vs 1 client", h8, h1, "/s", 2.0);
        report.atLeast("floor", "HTTP floor/s (PUT refused), 1 client vs raw, 1 thread",
                median.get("floor1").get("perSecond"), r1, "/s", null);
        report.atLeast("floor", "HTTP floor/s (PUT refused), 8 clients vs raw, 8 thr.",
                median.get("floor8").get("perSecond"), r8, "/s", null);
        report.atLeast("floor", "answer saves/s vs HTTP floor/s, 1 client", h1,
                median.get("floor1").get("perSecond"), "/s", null);
        report.atLeast("floor", "answer saves/s vs HTTP floor/s, 8 clients", h8,
                median.get("floor8").get("perSecond"), "/s", null);
        for (String n : new String[] {"1", "8"}) {
            String who = n.equals("1") ? "1 client" : "8 clients";
            report.atMost("cpu", "CPU ms/save, all processes, " + who + " vs raw INSERT",
                    median.get("http" + n).get("cpuMsPerOp"), median.get("raw" + n).get("cpuMsPerOp"), "ms", null);
            report.atMost("cpu", "CPU ms/floor request, all processes, " + who + " vs raw",
                    median.get("floor" + n).get("cpuMsPerOp"), median.get("raw" + n).get("cpuMsPerOp"), "ms", null);
            report.atMost("cpu", "cores busy (bench processes) saving, " + who + " vs cores",
                    median.get("http" + n).get("coresBusy"), Runtime.getRuntime().availableProcessors(), "cores",
                    null);
            report.atMost("cpu", "cores busy (whole machine) saving, " + who + " vs cores",
                    median.get("http" + n).get("machineCoresBusy"), Runtime.getRuntime().availableProcessors(),
                    "cores", null);
        }
        System.out.println("  CPU per operation (medians), ms: service / PostgreSQL / client; cores busy:");
        median.forEach((kind, m) -> System.out.printf("    %-7s %8.1f/s  %6.2f / %6.2f / %6.2f ms  %4.2f cores"
                        + " (service %.2f, PostgreSQL %.2f, client %.2f; machine %.2f)%n", kind, m.get("perSecond"),
                m.get("serviceCpuMsPerOp"), m.get("postgresCpuMsPerOp"), m.get("clientCpuMsPerOp"),
                m.get("coresBusy"), m.get("serviceCores"), m.get("postgresCores"), m.get("clientCores"),
                m.get("machineCoresBusy")));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("savesPerRound1Client", one);
        details.put("savesPerRound8Clients", eight);
        details.put("rawSecondsPerRound", rawSeconds);
        details.put("runs", runs);
        details.put("medians", median);
        details.put("database", accounting(pair, counters, ids.subList(at, at + accounted)));
        report.details.put("commands", details);
        double load = seedCommands * 1000.0 / seedMillis;
        report.details.put("load", Map.of("commands", seedCommands, "millis", seedMillis));
        report.atLeast("load", "scaled demo load commands/s vs raw INSERTs, 1 thread", load, r1, "/s", null);
    }

    /** Transactions and table accesses per save and per floor request (1 client), less the background's. */
    private static Map<String, Object> accounting(CommandPair pair, PgCounters counters, List<String> drafts)
            throws Exception {
        Map<String, Object> database = new LinkedHashMap<>();
        if (drafts.isEmpty()) {
            return database;
        }
        System.out.println("  PostgreSQL's counters per operation (" + drafts.size() + " saves, 1 client;"
                + " about a minute of settling):");
        Map<String, Double> background = counters.background();
        database.put("perSave", counters.perOperation(() -> pair.http(drafts, 1), background));
        database.put("perFloorRequest", counters.perOperation(() -> pair.floor(drafts, 1), background));
        database.forEach((what, per) -> System.out.println("    " + what + ": " + per));
        return database;
    }
}
