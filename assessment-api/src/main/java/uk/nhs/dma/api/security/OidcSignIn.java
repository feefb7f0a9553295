package uk.nhs.dma.api.security;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * JWT mode's sign-in for the web pages: OpenID Connect (authorization code) at the same issuer the API trusts,
 * as the configured client. The issuer's metadata is discovered at the first sign-in, not at start, so the
 * service starts while the issuer is down. An ID token must pass the API's own rules ({@link JwtRules}: a plain
 * subject, the configured issuer) besides OpenID Connect's; the person's roles and scopes are read from the ID
 * token and userinfo claims by {@link Callers}, exactly as from a bearer JWT. Sign-out ends the session here and,
 * when the issuer advertises an {@code end_session_endpoint}, at the issuer too (RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcSignIn.Configured.class)
public class OidcSignIn {

    public static final String CLIENT_ID = "assessment.security.oidc.client-id";
    public static final String CLIENT_SECRET = "assessment.security.oidc.client-secret";
    public static final String SCOPES = "assessment.security.oidc.scopes";
    static final String REGISTRATION = "dma";
    /** Where the pages' "Sign in" starts the flow (Spring's authorization endpoint for the registration). */
    public static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + REGISTRATION;

    private final String issuer;
    private final ClientRegistrationRepository registrations;

    public OidcSignIn(Environment environment) {
        this.issuer = JwtRules.issuer(environment);
        String clientId = environment.getProperty(CLIENT_ID, "").strip();
        String secret = environment.getProperty(CLIENT_SECRET, "").strip();
        if (secret.isEmpty()) {
            throw new IllegalStateException("OpenID Connect sign-in needs the client's secret: set " + CLIENT_SECRET
                    + " (ASSESSMENT_SECURITY_OIDC_CLIENT_SECRET)");
        }
        List<String> scopes = Arrays.stream(environment.getProperty(SCOPES, "openid").split("[,\\s]+"))
                .filter(scope -> !scope.isBlank()).toList();
        this.registrations = new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                ClientRegistrations.fromOidcIssuerLocation(issuer).registrationId(REGISTRATION)
                        .clientId(clientId).clientSecret(secret).scope(scopes)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .clientName("Digital maturity assessment").build()));
    }

    static boolean configured(Environment environment) {
        String clientId = environment.getProperty(CLIENT_ID);
        return SecurityConfiguration.jwtMode(environment) && clientId != null && !clientId.isBlank();
    }

    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context.getEnvironment());
        }
    }

    @Bean
    public ClientRegistrationRepository clientRegistrations() {
        return registrations;
    }

    /** ID tokens: OpenID Connect's checks (issuer, audience, nonce, lifetime) and the API's own JWT rules. */
    @Bean
    public JwtDecoderFactory<ClientRegistration> idTokenDecoders(OAuth2TokenValidator<Jwt> jwtSubjectAndIssuer) {
        OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
        decoders.setJwtValidatorFactory(registration -> new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(), new OidcIdTokenValidator(registration), jwtSubjectAndIssuer));
        return decoders;
    }

    /** The signed-in person: named by the subject, with the authorities their {@code roles} claim grants. */
    @Bean
    public OAuth2UserService<OidcUserRequest, OidcUser> oidcPeople() {
        OidcUserService people = new OidcUserService();
        people.setOidcUserConverter(source -> {
            OidcIdToken idToken = source.getUserRequest().getIdToken();
            OidcUser claims = new DefaultOidcUser(List.of(), idToken, source.getUserInfo(), IdTokenClaimNames.SUB);
            return new DefaultOidcUser(Callers.authorities(claims), idToken, source.getUserInfo(), IdTokenClaimNames.SUB);
        });
        return people;
    }

    /** The pages' chain signs in here; tokens live in the session, and go with it. */
    void apply(HttpSecurity http, String signInPage, String signedOutPage) throws Exception {
        OidcSignInFailures failures = new OidcSignInFailures(signInPage);
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}" + signedOutPage);
        signedOut.setDefaultTargetUrl(signedOutPage);
        http.oauth2Login(login -> login.loginPage(signInPage)
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .failureHandler(failures)
                        .defaultSuccessUrl("/", false)
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failures);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
    }

    /**
     * The origin a form may lead to besides this service: signing out posts a form whose answer redirects to the
     * issuer's end-session endpoint, and the Content-Security-Policy's form-action governs that redirect too.
     */
    String formActionOrigin() {
        return origin(issuer);
    }

    static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
