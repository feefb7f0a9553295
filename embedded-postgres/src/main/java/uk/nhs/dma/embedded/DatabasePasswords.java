package uk.nhs.dma.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL's passwords (superuser, owner role, application role), generated at first start and
 * kept in the data directory in a file only its owner may read or write (mode 0600).
 */
public record DatabasePasswords(String superuser, String owner, String application) {

    public static final String FILE_NAME = "postgres-passwords.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** Generated passwords are URL-safe base64: safe inside SQL quotes and a pwfile without escaping. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{20,200}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public DatabasePasswords {
        for (String password : new String[] {superuser, owner, application}) {
            if (password == null || !SAFE.matcher(password).matches()) {
                throw new IllegalStateException("The embedded database's password file holds an unusable password:"
                        + " expected 20 to 200 characters of A-Z, a-z, 0-9, '_' and '-'");
            }
        }
    }

    /** The passwords in {@code dataDir}, created there (0600) the first time. */
    public static DatabasePasswords loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            ownerOnly(file);
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new DatabasePasswords(properties.getProperty("superuser"), properties.getProperty("owner"),
                    properties.getProperty("application"));
        }
        DatabasePasswords passwords = new DatabasePasswords(generate(), generate(), generate());
        Path partial = dataDir.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(partial);
        createOwnerOnly(partial);
        Properties properties = new Properties();
        properties.setProperty("superuser", passwords.superuser());
        properties.setProperty("owner", passwords.owner());
        properties.setProperty("application", passwords.application());
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(writer, "Passwords of the embedded PostgreSQL, generated at first start. Keep private.");
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return passwords;
    }

    /** An empty file that only its owner may read or write, created so from the start (no window). */
    static void createOwnerOnly(Path file) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
