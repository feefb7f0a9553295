package uk.nhs.dma.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;

/**
 * Who is calling: from a JWT (claims {@code roles}, {@code ods_codes}, {@code region_codes}) in production
 * mode, from the same claims of a person's ID token and userinfo when they signed in to the pages with OpenID
 * Connect, from the local users file in local mode, or from an API token (its owner, roles and scopes) in either.
 */
@Component
public class Callers {

    public static final String ROLES = "roles";
    public static final String ODS_CODES = "ods_codes";
    public static final String REGION_CODES = "region_codes";

    private final Map<String, LocalUser> localUsers;

    public Callers(LocalUsers users) {
        this.localUsers = users.users().stream().collect(Collectors.toMap(LocalUser::username, Function.identity()));
    }

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of(), Set.of(), Set.of());
        }
        if (authentication.getPrincipal() instanceof Caller tokenCaller) {
            return tokenCaller;
        }
        if (authentication.getPrincipal() instanceof ClaimAccessor claims) {
            return caller(authentication.getName(), claims);
        }
        LocalUser user = localUsers.get(authentication.getName());
        if (user == null) {
            return new Caller(authentication.getName(), Set.of(), Set.of(), Set.of());
        }
        return new Caller(user.username(), roles(user.roles()), codes(user.odsCodes()), codes(user.regionCodes()));
    }

    /** A bearer JWT's or an OpenID Connect person's claims, read the same way. */
    static Caller caller(String name, ClaimAccessor claims) {
        return new Caller(name, roles(claims.getClaimAsStringList(ROLES)), codes(claims.getClaimAsStringList(ODS_CODES)),
                codes(claims.getClaimAsStringList(REGION_CODES)));
    }

    /** The authorities ({@code ROLE_…}) that the claims' known roles grant. */
    static List<GrantedAuthority> authorities(ClaimAccessor claims) {
        return roles(claims.getClaimAsStringList(ROLES)).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name.strip().toUpperCase()));
                } catch (IllegalArgumentException unknown) {
                    // a role this service does not know grants nothing
                }
            }
        }
        return roles;
    }

    private static Set<String> codes(List<String> codes) {
        return codes == null ? Set.of() : Set.copyOf(codes);
    }
}
