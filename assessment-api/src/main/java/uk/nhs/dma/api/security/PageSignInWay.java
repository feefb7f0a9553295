package uk.nhs.dma.api.security;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.nhs.dma.web.port.SignInWay;

/** The sign-in page's choice: the form in local mode, the issuer in JWT mode with a client, else neither. */
@Component
public class PageSignInWay implements SignInWay {

    private final boolean form;
    private final boolean identityProvider;

    public PageSignInWay(Environment environment) {
        this.form = !SecurityConfiguration.jwtMode(environment);
        this.identityProvider = OidcSignIn.configured(environment);
    }

    @Override
    public boolean form() {
        return form;
    }

    @Override
    public Optional<String> identityProvider() {
        return identityProvider ? Optional.of(OidcSignIn.START) : Optional.empty();
    }
}
