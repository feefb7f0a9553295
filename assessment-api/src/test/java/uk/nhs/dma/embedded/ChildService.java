package uk.nhs.dma.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import uk.nhs.dma.projections.testing.Eventually;

/** {@link EmbeddedDatabaseProcess} run as a child JVM on a data directory, up and ready. */
final class ChildService implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildService(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildService start(Path dataDir, Path logDir) throws IOException {
        Path log = Files.createTempFile(logDir, "child", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(), dataDir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildService child = new ChildService(process, log);
        Eventually.await(() -> child.output().contains("READY") || !process.isAlive(), Boolean::booleanValue,
                Duration.ofMinutes(2));
        if (!child.output().contains("READY")) {
            throw new AssertionError("the child service did not start:\n" + child.output());
        }
        return child;
    }

    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9: the JVM dies at once, without running a shutdown hook; its PostgreSQL keeps running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child service survived SIGKILL");
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.getOutputStream().close(); // a clean stop: the child closes its database
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
