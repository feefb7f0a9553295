package uk.nhs.dma.api.security;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The local users as Spring Security sees them. Read-only on purpose: Spring's InMemoryUserDetailsManager is also
 * a password-upgrade service, and re-encoded every {@code {noop}} password as bcrypt after its first sign-in,
 * which then cost a bcrypt check on every request. Here the stored form is the users file's, always.
 */
public final class LocalUserDetails implements UserDetailsService {

    private final Map<String, LocalUser> users;

    public LocalUserDetails(LocalUsers users) {
        this.users = users.users().stream().collect(Collectors.toMap(LocalUser::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return User.withUsername(user.username()).password(user.password())
                .roles(user.roles().stream().map(r -> r.strip().toUpperCase()).toArray(String[]::new)).build();
    }
}
