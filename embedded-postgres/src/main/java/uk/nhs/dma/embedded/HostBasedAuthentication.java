package uk.nhs.dma.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The embedded server's pg_hba.conf: a password (scram-sha-256) for every connection, trust for none. */
final class HostBasedAuthentication {

    static final String CONTENT = """
            # Written by the digital maturity assessment service at every start: every connection needs a password
            # (scram-sha-256); the passwords are in ../postgres-passwords.properties (mode 0600).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private HostBasedAuthentication() {
    }

    /** Whether pg_hba.conf lets anyone in without a password (as data directories of earlier versions did). */
    static boolean trustsAnyone(Path pgData) throws IOException {
        Path file = pgData.resolve("pg_hba.conf");
        if (!Files.exists(file)) {
            return false;
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .map(line -> Arrays.asList(line.split("\\s+")))
                .anyMatch(fields -> fields.contains("trust"));
    }

    /** Writes our rules; true when the file changed (a running server must then reload its configuration). */
    static boolean write(Path pgData) throws IOException {
        Path file = pgData.resolve("pg_hba.conf");
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(CONTENT)) {
            return false;
        }
        Path partial = pgData.resolve("pg_hba.conf.new");
        Files.deleteIfExists(partial);
        DatabasePasswords.createOwnerOnly(partial);
        Files.writeString(partial, CONTENT, StandardCharsets.UTF_8);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

}
