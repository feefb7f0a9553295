package uk.nhs.dma.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data directory by a service that died without stopping it (kill -9, a crash).
 * Called only while holding the {@link DataDirectoryLock}, so no live instance owns that server: it is stopped
 * cleanly (pg_ctl stop -m fast with the server's own binaries), and the start goes on.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /** Stops the server named by {@code postmaster.pid} in {@code pgData} if it is still running. */
    static void stopIfRunning(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d{1,10}")) {
            return; // a half-written file: PostgreSQL judges it itself
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> !zombie(p.pid()));
        if (process.isEmpty()) {
            return; // a stale file: PostgreSQL removes it itself when its process is gone
        }
        if (!isPostgresOn(process.get(), pgData, lines.get(1).trim())) {
            // The pid was reused by an unrelated process after a reboot; PostgreSQL would refuse to start.
            Files.delete(pidFile);
            log.warn("Removed a stale postmaster.pid from {}: its pid {} now belongs to another program", pgData, pid);
            return;
        }
        stop(process.get(), pgData);
        log.warn("Stopped an orphaned embedded PostgreSQL (pid {}) on {}, left running by a service that did not shut"
                + " down cleanly", pid, pgData);
    }

    /** An exited process that its parent has not reaped yet (Linux); it holds nothing. */
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            return stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException | RuntimeException notLinux) {
            return false;
        }
    }

    private static boolean isPostgresOn(ProcessHandle process, Path pgData, String pidFileDataDir) {
        Optional<String> command = process.info().command();
        if (command.isEmpty()) {
            throw new IllegalStateException("The embedded PostgreSQL data directory " + pgData + " is locked by pid "
                    + process.pid() + ", which this user cannot inspect: stop it, then start the service again");
        }
        String executable = Paths.get(command.get()).getFileName().toString();
        boolean postgres = executable.equals("postgres") || executable.equals("postgres.exe");
        return postgres && sameDirectory(pgData, pidFileDataDir);
    }

    private static boolean sameDirectory(Path pgData, String recorded) {
        try {
            return Files.isSameFile(pgData, Paths.get(recorded));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** pg_ctl waits until the server has removed postmaster.pid, its last act on a clean shutdown. */
    private static void stop(ProcessHandle postmaster, Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        Path pgCtl = postmaster.info().command().map(Paths::get).map(p -> p.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable).orElse(null);
        if (pgCtl != null) {
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U")); // as zonky runs it: pg_ctl refuses to run as root
            }
            command.addAll(List.of(pgCtl.toString(), "stop", "-D", pgData.toString(), "-m", "fast", "-w", "-t",
                    Long.toString(STOP_TIMEOUT.toSeconds())));
            Process stop = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            waitFor(stop.toHandle());
        } else {
            postmaster.destroy(); // SIGTERM: the dead service's sessions are gone, so this stops it too
        }
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (Files.exists(pidFile) && System.nanoTime() < deadline) {
            pause();
        }
        if (Files.exists(pidFile)) {
            throw new IllegalStateException("Could not stop the orphaned embedded PostgreSQL (pid " + postmaster.pid()
                    + ") on " + pgData + " within " + STOP_TIMEOUT.toSeconds() + " s: stop it, then start again");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned embedded PostgreSQL", e);
        }
    }

    private static void waitFor(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // judged by the caller from postmaster.pid
        }
    }
}
