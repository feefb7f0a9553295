package uk.nhs.dma.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic with a short memory. Passwords stay slow to guess (bcrypt), but a client that sends the same
 * credentials again within the TTL is not made to pay the bcrypt check again: a successful check is remembered
 * under an HMAC of user and password with a key drawn at random when the process starts (so the cache holds
 * nothing that could be tested offline, and nothing survives a restart). Only successes are remembered, so a
 * wrong password always takes the full check; a remembered success counts only while the user's stored password
 * is still the one it was checked against, so a changed password never hits the cache.
 */
public final class PasswordCheckCache implements AuthenticationProvider {

    /** A successful check: the stored password it matched, and the authorities it granted (password factor too). */
    private record Checked(String storedPassword, Collection<? extends GrantedAuthority> authorities) {
    }

    private final UserDetailsService users;
    private final DaoAuthenticationProvider slowPath;
    private final Cache<String, Checked> checked;
    private final SecretKeySpec key;

    public PasswordCheckCache(UserDetailsService users, PasswordEncoder encoder, Duration ttl, long maxSize) {
        this.users = users;
        this.slowPath = new DaoAuthenticationProvider(users);
        this.slowPath.setPasswordEncoder(encoder);
        this.checked = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        if (username == null || !(password instanceof String given)) {
            return slowPath.authenticate(authentication);
        }
        String cacheKey = keyOf(username, given);
        Checked hit = checked.getIfPresent(cacheKey);
        if (hit != null) {
            UserDetails user = currentUser(username);
            if (user != null && user.getPassword().equals(hit.storedPassword()) && user.isEnabled()
                    && user.isAccountNonLocked() && user.isAccountNonExpired() && user.isCredentialsNonExpired()) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, hit.authorities());
            }
            checked.invalidate(cacheKey);
        }
        UserDetails before = currentUser(username);
        Authentication result = slowPath.authenticate(authentication);
        if (before != null) {
            checked.put(cacheKey, new Checked(before.getPassword(), List.copyOf(result.getAuthorities())));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private UserDetails currentUser(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] name = username.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
            mac.update(name);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
