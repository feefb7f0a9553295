package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The web pages: everything that is not the API, the actuator or the API documents. People sign in with a form
 * against the same users as the API (the {@code UserDetailsService}), then carry a session cookie (HttpOnly,
 * SameSite=Lax, 30 minutes idle; see assessment-web.properties); every form carries a CSRF token.
 * Ordered before the API's catch-all chain. In JWT mode with a client configured, people sign in with OpenID
 * Connect at the issuer instead ({@link OidcSignIn}); the session, CSRF and sign-out stay the same.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final String SIGN_IN = "/sign-in";
    static final String SIGNED_OUT = "/sign-in?signedOut";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " interest-cohort=()";

    /** Paths the pages' chain leaves to the other chains. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui"));
    }

    @Bean
    @Order(3)
    public SecurityFilterChain pages(HttpSecurity http, ObjectProvider<OidcSignIn> oidc) throws Exception {
        OidcSignIn openIdConnect = oidc.getIfAvailable();
        String policy = openIdConnect == null ? CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY
                .replace("form-action 'self'", "form-action 'self' " + openIdConnect.formActionOrigin());
        http.securityMatcher(PageSecurityConfiguration::isPage)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/sign-in", "/css/**", "/js/**", "/webjars/**", "/assets/**", "/favicon.ico",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .csrf(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGNED_OUT)
                        .invalidateHttpSession(true).deleteCookies("DMA_SESSION"))
                .exceptionHandling(ex -> ex.accessDeniedPage("/forbidden"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        if (openIdConnect != null) {
            openIdConnect.apply(http, SIGN_IN, SIGNED_OUT);
        } else {
            signIn(http);
        }
        return http.build();
    }

    /** Local mode: a sign-in form backed by the {@code UserDetailsService} bean. */
    private static void signIn(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                .usernameParameter("username").passwordParameter("password")
                .failureUrl("/sign-in?error").defaultSuccessUrl("/", false));
    }
}
