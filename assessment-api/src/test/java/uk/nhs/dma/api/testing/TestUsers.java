package uk.nhs.dma.api.testing;

import tools.jackson.databind.json.JsonMapper;
import uk.nhs.dma.api.security.LocalUser;
import uk.nhs.dma.api.security.LocalUsers;

/**
 * The users of the test runs (src/test/resources/test-users.json). Scenario tests drive the service as
 * {@code admin}, who there holds ADMIN, SUBMITTER, APPROVER and NATIONAL_ANALYST for every organisation, and as the
 * "*"-scoped submitter and approver; the access matrix uses the single-role {@code m-*} users.
 */
public final class TestUsers {

    public static final String FILE = "classpath:test-users.json";
    public static final String PROPERTY = "assessment.security.users-file=" + FILE;
    private static final LocalUsers USERS = LocalUsers.load(FILE, JsonMapper.shared());

    private TestUsers() {
    }

    public static String password(String username) {
        return USERS.users().stream()
                .filter(u -> u.username().equals(username))
                .map(LocalUser::password)
                .map(p -> p.substring("{noop}".length()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test user " + username));
    }
}
