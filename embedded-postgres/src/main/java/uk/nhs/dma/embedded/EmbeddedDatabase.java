package uk.nhs.dma.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the service's default mode (zonky's binaries), run for real data: fsync and
 * synchronous commit on, a password for every connection (scram-sha-256; passwords generated at first start in
 * {@code <dataDir>/postgres-passwords.properties}, 0600), TCP on localhost only, the Unix socket inside the data
 * directory, and two roles: {@link EmbeddedRoles#OWNER} for the migrations, {@link EmbeddedRoles#APPLICATION} for
 * the service. The data directory is locked while the service runs; a server orphaned by a killed service is
 * stopped before the start; data directories of earlier versions (trust, superuser only) are upgraded.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String OWNER_ROLE = EmbeddedRoles.OWNER;
    public static final String APPLICATION_ROLE = EmbeddedRoles.APPLICATION;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String INITDB_PASSWORD_FILE = "initdb-password";

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabasePasswords passwords;
    private final Path pgData;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres, DatabasePasswords passwords,
                             Path pgData) {
        this.lock = lock;
        this.postgres = postgres;
        this.passwords = passwords;
        this.pgData = pgData;
    }

    /** Starts the server on {@code dataDir} (its cluster in {@code dataDir/postgres}); port 0 picks a free one. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException, SQLException {
        Path root = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        DataDirectoryLock lock = DataDirectoryLock.acquire(root);
        try {
            Path pgData = root.resolve("postgres");
            Files.createDirectories(pgData);
            OrphanedServer.stopIfRunning(pgData);
            DatabasePasswords passwords = DatabasePasswords.loadOrCreate(root);
            boolean fresh = !Files.exists(pgData.resolve("PG_VERSION"));
            boolean legacy = !fresh && HostBasedAuthentication.trustsAnyone(pgData);
            if (!fresh && !legacy) {
                HostBasedAuthentication.write(pgData);
            }
            EmbeddedPostgres postgres = launch(root, pgData, port, passwords, fresh);
            try (Connection superuser = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", passwords.superuser())) {
                EmbeddedRoles.apply(superuser, passwords);
                if (legacy) {
                    HostBasedAuthentication.write(pgData);
                    try (Statement sql = superuser.createStatement()) {
                        sql.execute("select pg_reload_conf()");
                    }
                    log.info("Upgraded the embedded PostgreSQL on {}: passwords (scram-sha-256) instead of trust,"
                            + " and the roles {} and {}", pgData, OWNER_ROLE, APPLICATION_ROLE);
                }
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            return new EmbeddedDatabase(lock, postgres, passwords, pgData);
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static EmbeddedPostgres launch(Path root, Path pgData, int port, DatabasePasswords passwords,
                                           boolean fresh) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // zonky passes -F (fsync off) and synchronous_commit=off, for tests; these come later and win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // relative to the data directory (mode 0700), where the server runs; short enough for any path
                .setServerConfig("unix_socket_directories", ".")
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", passwords.superuser());
        if (port > 0) {
            builder.setPort(port);
        }
        Path initdbPassword = root.resolve(INITDB_PASSWORD_FILE);
        if (fresh) {
            // zonky's initdb says "-A trust"; these options come after it, so initdb applies them instead.
            Files.deleteIfExists(initdbPassword);
            DatabasePasswords.createOwnerOnly(initdbPassword);
            Files.writeString(initdbPassword, passwords.superuser() + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPassword.toString());
        }
        try {
            return builder.start();
        } finally {
            Files.deleteIfExists(initdbPassword);
        }
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public DatabasePasswords passwords() {
        return passwords;
    }

    public Path pgData() {
        return pgData;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
