package uk.nhs.dma.api.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.api.AssessmentApplication;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.TestUsers;
import uk.nhs.dma.projections.testing.TestDatabase;

/**
 * The service in a child JVM (the test classpath, the real main class) on an external database, listening on
 * 127.0.0.1 only, so that a test can kill it with SIGKILL ({@link Process#destroyForcibly()} on Linux).
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    final int port;
    final Path log;
    private final Process process;

    private ServiceProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the service on the database and waits until its health is UP; its log stays in target/faults/. */
    static ServiceProcess start(TestDatabase.Connection database, Path workDir, String name, String... settings) {
        int port = freePort();
        Path log = logFile(name);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Daxoniq.update-checker.disabled=true",
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", classpath, AssessmentApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--assessment.seed=none", "--" + TestUsers.PROPERTY,
                "--assessment.read-your-writes.timeout=1s",
                // idle keep-alive connections stay open: on a starved CPU the test's client can otherwise reuse a
                // connection Tomcat has just closed and read a reset, which is no finding about the service
                "--server.tomcat.keep-alive-timeout=10m",
                "--assessment.data-dir=" + workDir.resolve("data"),
                "--logging.level.uk.nhs.dma.api.ops.CommandLog=WARN"));
        for (String setting : settings) { // a setting given twice would reach Spring as "first,second"
            String key = setting.substring(0, setting.indexOf('=') + 1);
            command.removeIf(argument -> argument.startsWith(key));
            command.add(setting);
        }
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(port, log, process);
            service.awaitUp();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path logFile(String name) {
        try {
            Path logs = Files.createDirectories(Path.of("target", "faults"));
            return logs.resolve(name + "-" + System.currentTimeMillis() + ".log").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    Api as(String user) {
        return Api.of(port, user);
    }

    private void awaitUp() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (as("admin").get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // poll again
            }
            pause();
        }
        throw new AssertionError("The service did not come up within " + START_TIMEOUT + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, no flush. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the service's log, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Lines of the service's log that hold the text. */
    long logLines(String text) {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
