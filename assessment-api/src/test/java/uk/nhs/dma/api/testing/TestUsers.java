package uk.nhs.dma.api.testing;

import uk.nhs.dma.api.security.LocalUser;
import uk.nhs.dma.api.security.LocalUsers;

/** The default local users (no users file is configured in tests) and their passwords. */
public final class TestUsers {

    private TestUsers() {
    }

    public static String password(String username) {
        return LocalUsers.DEFAULT_USERS.stream()
                .filter(u -> u.username().equals(username))
                .map(LocalUser::password)
                .map(p -> p.substring("{noop}".length()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no test user " + username));
    }
}
