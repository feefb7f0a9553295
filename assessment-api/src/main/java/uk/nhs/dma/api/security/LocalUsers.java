package uk.nhs.dma.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Local mode's users: those in the JSON file named by {@code assessment.security.users-file}, or, with no file,
 * the documented default set, whose passwords are printed in the README and so are fit only for a laptop.
 */
public record LocalUsers(List<LocalUser> users, boolean defaults) {

    public static final List<LocalUser> DEFAULT_USERS = List.of(
            new LocalUser("admin", "{noop}admin-local", List.of("ADMIN"), List.of("*"), List.of("*")),
            new LocalUser("auditor", "{noop}auditor-local", List.of("AUDITOR"), List.of("*"), List.of("*")),
            new LocalUser("analyst", "{noop}analyst-local", List.of("NATIONAL_ANALYST"), List.of("*"), List.of("*")),
            new LocalUser("london", "{noop}london-local", List.of("REGIONAL_ANALYST"), List.of(), List.of("Y56")),
            new LocalUser("rj1-submitter", "{noop}submitter-local", List.of("SUBMITTER"), List.of("RJ1"), List.of()),
            new LocalUser("rj1-approver", "{noop}approver-local", List.of("APPROVER"), List.of("RJ1"), List.of()));

    /** The users in {@code file}, read by {@code json} (in the service, the mapper Spring configures for HTTP). */
    public static LocalUsers load(String file, JsonMapper json) {
        if (file == null || file.isBlank()) {
            return new LocalUsers(DEFAULT_USERS, true);
        }
        try {
            byte[] content = file.startsWith("classpath:")
                    ? readClasspath(file.substring("classpath:".length()))
                    : Files.readAllBytes(Path.of(file));
            List<LocalUser> users = json.readValue(content, new TypeReference<List<LocalUser>>() {
            });
            return new LocalUsers(users, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("Cannot read the users file " + file, e);
        }
    }

    /** No users: production mode, where callers come with JWTs. */
    public static LocalUsers none() {
        return new LocalUsers(List.of(), false);
    }

    private static byte[] readClasspath(String resource) throws IOException {
        try (var in = LocalUsers.class.getClassLoader().getResourceAsStream(resource.startsWith("/")
                ? resource.substring(1) : resource)) {
            if (in == null) {
                throw new IOException("no classpath resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
