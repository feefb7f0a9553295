package uk.nhs.dma.embedded;

import java.nio.file.Path;

/**
 * A service's embedded database in a JVM of its own, started exactly as the service starts it, so that a test can
 * kill that JVM with SIGKILL (leaving its PostgreSQL orphaned) or start a second instance beside a live one.
 * Prints "READY" when the database is up, then runs until its standard input closes.
 */
public final class EmbeddedDatabaseProcess {

    private EmbeddedDatabaseProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0)) {
            System.out.println("READY pid=" + ProcessHandle.current().pid() + " port=" + database.postgres().getPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the test closes our input or kills us
            }
        }
    }
}
