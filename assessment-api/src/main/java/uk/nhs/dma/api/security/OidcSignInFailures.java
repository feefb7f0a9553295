package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import uk.nhs.dma.api.web.LogSafe;

/**
 * A failed OpenID Connect sign-in goes back to the sign-in page with a reason the page explains in words
 * ({@code ?error=refused|restart|untrusted|unavailable}); one log line says why, never a stack trace.
 */
final class OidcSignInFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(OidcSignInFailures.class);
    /** The sign-in was not one this service started, or the session that held it is gone. */
    private static final Set<String> RESTART = Set.of("authorization_request_not_found", "invalid_state_parameter",
            "invalid_redirect_uri_parameter", "client_registration_not_found");
    /** The issuer's answer failed a check: signature, issuer, audience, nonce, subject or userinfo. */
    private static final Set<String> UNTRUSTED = Set.of("invalid_id_token", "invalid_nonce",
            "missing_signature_verifier", "invalid_user_info_response");
    /** The issuer could not be asked (discovery, its token endpoint). */
    private static final Set<String> UNAVAILABLE = Set.of("invalid_token_response", "server_error",
            "temporarily_unavailable");

    private final String signInPage;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    OidcSignInFailures(String signInPage) {
        this.signInPage = signInPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : null;
        String reason = reason(code);
        log.warn("OpenID Connect sign-in failed: reason={} error={} detail={}", reason, LogSafe.of(code),
                LogSafe.of(failure.getMessage()));
        redirects.sendRedirect(request, response, signInPage + "?error=" + reason);
    }

    /** Anything but an OAuth 2.0 error (the issuer's metadata could not be read) means the issuer is unavailable. */
    static String reason(String code) {
        if (code == null || UNAVAILABLE.contains(code)) {
            return "unavailable";
        }
        if (RESTART.contains(code)) {
            return "restart";
        }
        return UNTRUSTED.contains(code) ? "untrusted" : "refused";
    }
}
