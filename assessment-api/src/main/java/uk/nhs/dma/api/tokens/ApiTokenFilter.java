package uk.nhs.dma.api.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.dma.api.security.Caller;

/**
 * Authenticates {@code Authorization: Bearer dma_…} with an API token: the caller is the token's owner with the
 * token's roles and scopes. An unknown, revoked or expired token is a 401. Other bearer tokens (JWTs) and other
 * schemes pass through to the next authentication filter.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthenticated;

    public ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthenticated) {
        this.tokens = tokens;
        this.unauthenticated = unauthenticated;
    }

    /** The API token in the request's Authorization header, if it carries one. */
    public static String presented(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return TokenHashes.looksLikeToken(token) ? token : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = presented(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = tokens.authenticate(token);
        if (caller.isEmpty()) {
            unauthenticated.commence(request, response, null);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** An authenticated token caller; its name is the owner's, its authorities the roles. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final Caller caller;

        TokenAuthentication(Caller caller) {
            super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
            this.caller = caller;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Caller getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.name();
        }
    }
}
