import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL's own counters, read as its superuser: transactions committed and rolled back in the service's
 * database, and per table the scans (sequential and by index: about one per statement that reads or updates it)
 * and rows inserted, updated and deleted. A backend flushes its counters when idle, at the latest 10 s later
 * (PostgreSQL 15 and after), so a reading waits {@link #SETTLE_MILLIS} first; the background's own rate (the
 * projections' polling and token claims) is measured over an idle window and subtracted.
 */
final class PgCounters {

    static final long SETTLE_MILLIS = 11_000;
    private final String url;
    private final String password;

    PgCounters(String url, String password) {
        this.url = url;
        this.password = password;
    }

    /** The counters now (after letting every backend flush), as name to value. */
    Map<String, Long> read() throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        Map<String, Long> c = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", password);
             Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("select xact_commit, xact_rollback from pg_stat_database"
                    + " where datname = current_database()")) {
                rs.next();
                c.put("transactions", rs.getLong(1) + rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0),"
                    + " n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")) {
                while (rs.next()) {
                    c.put(rs.getString(1) + ".scans", rs.getLong(2));
                    c.put(rs.getString(1) + ".inserts", rs.getLong(3));
                    c.put(rs.getString(1) + ".updates", rs.getLong(4));
                    c.put(rs.getString(1) + ".deletes", rs.getLong(5));
                }
            }
        }
        return c;
    }

    /**
     * Per operation of {@code run}: each counter's increase, less the background's over the same wall time
     * (background: increases per second measured idle), rounded to 0.01; counters under 0.05 per operation left out.
     */
    Map<String, Object> perOperation(CpuMeter.Run run, Map<String, Double> background) throws Exception {
        Map<String, Long> before = read();
        long start = System.nanoTime();
        long ops = run.call();
        Map<String, Long> after = read();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> per = new LinkedHashMap<>();
        per.put("operations", ops);
        after.forEach((name, value) -> {
            double increase = value - before.getOrDefault(name, 0L) - background.getOrDefault(name, 0.0) * seconds;
            double each = Math.round(increase / Math.max(1, ops) * 100) / 100.0;
            if (Math.abs(each) >= 0.05) {
                per.put(name, each);
            }
        });
        return per;
    }

    /** The background's increase per second, over an idle window. */
    Map<String, Double> background() throws Exception {
        Map<String, Long> before = read();
        long start = System.nanoTime();
        Map<String, Long> after = read();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> rate = new TreeMap<>();
        after.forEach((name, value) -> rate.put(name, (value - before.getOrDefault(name, 0L)) / seconds));
        return rate;
    }
}
