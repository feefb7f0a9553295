package uk.nhs.dma.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The bcrypt check runs once per client and TTL; wrong and changed passwords always take the full check. */
class PasswordCheckCacheTest {

    /** The real delegating encoder (bcrypt), counting its checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(List.of(
            User.withUsername("alice").password(encoder.encode("first-secret")).roles("ADMIN").build()));
    private final PasswordCheckCache cache = new PasswordCheckCache(users, encoder, Duration.ofMinutes(5), 100);

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void a_repeated_sign_in_pays_the_bcrypt_check_once() {
        for (int i = 0; i < 5; i++) {
            Authentication result = cache.authenticate(basic("alice", "first-secret"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getName()).isEqualTo("alice");
            assertThat(result.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        }
        assertThat(encoder.checks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_never_remembered_and_always_checked() {
        cache.authenticate(basic("alice", "first-secret"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> cache.authenticate(basic("alice", "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(encoder.checks).hasValue(4);
    }

    @Test
    void after_a_password_change_the_old_password_misses_the_cache_and_fails() {
        cache.authenticate(basic("alice", "first-secret"));
        users.updateUser(User.withUsername("alice").password(encoder.encode("second-secret")).roles("ADMIN").build());

        assertThatThrownBy(() -> cache.authenticate(basic("alice", "first-secret")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(cache.authenticate(basic("alice", "second-secret")).isAuthenticated()).isTrue();
        assertThat(encoder.checks).hasValue(3);
    }

    @Test
    void a_removed_user_is_not_let_in_from_the_cache() {
        cache.authenticate(basic("alice", "first-secret"));
        users.deleteUser("alice");

        assertThatThrownBy(() -> cache.authenticate(basic("alice", "first-secret")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void with_a_zero_ttl_nothing_is_remembered() {
        PasswordCheckCache off = new PasswordCheckCache(users, encoder, Duration.ZERO, 100);
        off.authenticate(basic("alice", "first-secret"));
        off.authenticate(basic("alice", "first-secret"));
        assertThat(encoder.checks).hasValue(2);
    }
}
