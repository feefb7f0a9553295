import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a pass over the store costs, per event, so the rebuild's ratio can be explained: the CPU time of the
 * reading process (the service's JVM for a rebuild, this bench's JVM for the raw read), the CPU time of
 * PostgreSQL (its postmaster, with the backends that have exited, and every live backend), and from
 * {@code pg_stat_database} the transactions committed and the rows inserted, updated, deleted and read. The
 * counters cover everything that ran meanwhile (the service's own background steps too), and CPU is read from
 * /proc in clock ticks (10 ms).
 */
final class StoreCost {

    private static final double TICK_SECONDS = 0.01;

    record Snapshot(double readerCpu, double postgresCpu, Map<String, Long> counters) {
    }

    private final Db db;
    private final long postmaster;

    StoreCost(Db db) throws Exception {
        this.db = db;
        try (Connection c = db.owner(); ResultSet rs = c.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            this.postmaster = Long.parseLong(stat(rs.getLong(1))[1]);
        }
    }

    /** Now, for a pass read by this process (pid) over the store. */
    Snapshot take(long readerPid) throws Exception {
        return take(readerPid, false);
    }

    /** After a pass: first waits for the backends to publish their counters (at most once a second, when idle). */
    Snapshot after(long readerPid) throws Exception {
        return take(readerPid, true);
    }

    private Snapshot take(long readerPid, boolean published) throws Exception {
        if (published) {
            Thread.sleep(1500);
        }
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection c = db.owner()) {
            c.createStatement().execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs = c.createStatement().executeQuery("select xact_commit, tup_inserted, tup_updated,"
                    + " tup_deleted, tup_returned + tup_fetched from pg_stat_database where datname = current_database()")) {
                rs.next();
                String[] names = {"commits", "rowsInserted", "rowsUpdated", "rowsDeleted", "rowsRead"};
                for (int i = 0; i < names.length; i++) {
                    counters.put(names[i], rs.getLong(i + 1));
                }
            }
        }
        return new Snapshot(cpu(readerPid, false), postgresCpu(), counters);
    }

    /**
     * Per event between two snapshots: CPU microseconds of the reader and of PostgreSQL, and the counters; the
     * pass itself took {@code seconds} (the after snapshot is taken once PostgreSQL has published its counters).
     */
    static Map<String, Object> perEvent(Snapshot before, Snapshot after, long events, double seconds) {
        Map<String, Object> cost = new LinkedHashMap<>();
        double reader = after.readerCpu - before.readerCpu;
        double postgres = after.postgresCpu - before.postgresCpu;
        cost.put("events", events);
        cost.put("wallMicrosPerEvent", Report.round(seconds * 1e6 / events));
        cost.put("readerCpuMicrosPerEvent", Report.round(reader * 1e6 / events));
        cost.put("postgresCpuMicrosPerEvent", Report.round(postgres * 1e6 / events));
        cost.put("cpuCoresBusy", Report.round((reader + postgres) / seconds));
        after.counters.forEach((name, value) -> cost.put(name + "PerEvent",
                Report.round((value - before.counters.get(name)) / (double) events)));
        return cost;
    }

    private double postgresCpu() throws IOException {
        double total = cpu(postmaster, true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] fields = statOrNull(Long.parseLong(p.getFileName().toString()));
                if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                    total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_SECONDS;
                }
            }
        }
        return total;
    }

    /** utime + stime (and the reaped children's, for the postmaster) in seconds. */
    private static double cpu(long pid, boolean withChildren) throws IOException {
        String[] f = stat(pid);
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks * TICK_SECONDS;
    }

    /** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(long pid) throws IOException {
        String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    }

    private static String[] statOrNull(long pid) {
        try {
            return stat(pid);
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
