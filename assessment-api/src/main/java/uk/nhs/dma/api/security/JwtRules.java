package uk.nhs.dma.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * What a JWT must carry besides a valid signature and lifetime (Spring Boot adds these validators to the decoder
 * it builds): a subject, because the subject is the user stamped on every event and a token without one would
 * make its holders one shared anonymous user; and the configured issuer, because a key or JWK set may be shared
 * by several issuers. Production mode refuses to start without an issuer. The subject must also be plain text,
 * since it is written into events and log lines.
 */
@Configuration(proxyBeanMethods = false)
public class JwtRules {

    /** The expected {@code iss}; defaults to Spring's issuer-uri (which also makes Spring discover the keys). */
    public static final String ISSUER = "assessment.security.jwt.issuer";

    @Bean
    public OAuth2TokenValidator<Jwt> jwtSubjectAndIssuer(Environment environment) {
        OAuth2TokenValidator<Jwt> subject = new JwtClaimValidator<String>(JwtClaimNames.SUB, JwtRules::plainSubject);
        if (!SecurityConfiguration.jwtMode(environment)) {
            return subject;
        }
        return new DelegatingOAuth2TokenValidator<>(subject, new JwtIssuerValidator(issuer(environment)));
    }

    /** The issuer every JWT and ID token must come from, in JWT mode. */
    static String issuer(Environment environment) {
        String issuer = environment.getProperty(ISSUER);
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("JWT mode needs the expected issuer: set " + ISSUER
                    + " (ASSESSMENT_SECURITY_JWT_ISSUER) or spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
        return issuer.strip();
    }

    /** A subject that names someone: not blank, at most 200 characters, no control characters (log lines). */
    static boolean plainSubject(String sub) {
        return sub != null && !sub.isBlank() && sub.length() <= 200
                && sub.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
