package uk.nhs.dma.web.port;

import java.util.Optional;

/**
 * How people sign in to the pages, decided by the application's security: the username and password form (local
 * mode), the organisation's identity provider (OpenID Connect in JWT mode), or neither (JWT mode with no client).
 */
public interface SignInWay {

    /** Whether the username and password form is offered. */
    boolean form();

    /** The path that starts sign-in at the identity provider, when there is one. */
    Optional<String> identityProvider();
}
