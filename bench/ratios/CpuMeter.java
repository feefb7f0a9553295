import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU used during a run, from /proc: by the service's JVM (its pid), by PostgreSQL (the postmaster, found by its
 * data directory's postmaster.pid, with its children: live ones by their own counters, exited ones through the
 * postmaster's cutime/cstime), by this client JVM, and by the whole machine (/proc/stat, which includes whatever
 * else runs on it). A reading answers the operations per second and, per operation, the milliseconds of CPU of
 * each, and the cores busy (CPU seconds over wall seconds).
 */
final class CpuMeter {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux). */
    private static final double HZ = 100.0;

    private final long servicePid;
    private final Path postmasterPid;

    CpuMeter(long servicePid, Path pgData) {
        this.servicePid = servicePid;
        this.postmasterPid = pgData.resolve("postmaster.pid");
    }

    /** A run: how many operations it did (its own count, e.g. 2xx answers or rows inserted). */
    interface Run {
        long call() throws Exception;
    }

    /** Runs it and answers its figures. */
    Map<String, Object> measure(Run run) throws Exception {
        long[] before = ticks();
        long start = System.nanoTime();
        long ops = run.call();
        double wall = (System.nanoTime() - start) / 1e9;
        long[] after = ticks();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operations", ops);
        m.put("seconds", Report.round(wall));
        m.put("perSecond", Report.round(ops / wall));
        String[] names = {"service", "postgres", "client"};
        double total = 0;
        for (int i = 0; i < 3; i++) {
            double seconds = (after[i] - before[i]) / HZ;
            total += seconds;
            m.put(names[i] + "CpuMsPerOp", Report.round(seconds * 1000 / Math.max(1, ops)));
            m.put(names[i] + "Cores", Report.round(seconds / wall));
        }
        m.put("cpuMsPerOp", Report.round(total * 1000 / Math.max(1, ops)));
        m.put("coresBusy", Report.round(total / wall));
        long busy = after[3] - before[3], all = after[4] - before[4];
        m.put("machineCoresBusy", Report.round(busy / HZ / wall));
        m.put("machineBusyShare", Report.round(all == 0 ? 0 : (double) busy / all));
        return m;
    }

    /** service, postgres, client, machine busy, machine total: in clock ticks. */
    private long[] ticks() throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
        long pg = stat(postmaster, true);
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && parent(Long.parseLong(name)) == postmaster) {
                    pg += stat(Long.parseLong(name), false);
                }
            }
        }
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < Math.min(cpu.length, 9); i++) { // user nice system idle iowait irq softirq steal
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {stat(servicePid, false), pg, stat(ProcessHandle.current().pid(), false), total - idle,
                total};
    }

    /** utime + stime (and the reaped children's cutime + cstime) of a process, 0 if it is gone. */
    private static long stat(long pid, boolean children) {
        String[] f = fields(pid);
        if (f == null) {
            return 0;
        }
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return children ? ticks + Long.parseLong(f[13]) + Long.parseLong(f[14]) : ticks;
    }

    private static long parent(long pid) {
        String[] f = fields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** The fields of /proc/[pid]/stat after the command name (state is [0], ppid [1], utime [11]...). */
    private static String[] fields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        } catch (Exception gone) {
            return null;
        }
    }
}
