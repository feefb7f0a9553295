package uk.nhs.dma.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each OpenID Connect failure is named for the page by what the person can do about it. */
class OidcSignInFailuresTest {

    @Test
    void failures_are_named_by_what_went_wrong() {
        assertThat(OidcSignInFailures.reason("access_denied")).isEqualTo("refused");
        assertThat(OidcSignInFailures.reason("login_required")).isEqualTo("refused");
        assertThat(OidcSignInFailures.reason("invalid_grant")).isEqualTo("refused");
        assertThat(OidcSignInFailures.reason("authorization_request_not_found")).isEqualTo("restart");
        assertThat(OidcSignInFailures.reason("invalid_state_parameter")).isEqualTo("restart");
        assertThat(OidcSignInFailures.reason("invalid_id_token")).isEqualTo("untrusted");
        assertThat(OidcSignInFailures.reason("invalid_nonce")).isEqualTo("untrusted");
        assertThat(OidcSignInFailures.reason("invalid_token_response")).isEqualTo("unavailable");
        assertThat(OidcSignInFailures.reason(null)).isEqualTo("unavailable");
    }
}
