package uk.nhs.dma.api.security;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import uk.nhs.dma.api.tokens.ApiTokenFilter;
import uk.nhs.dma.api.tokens.ApiTokens;
import uk.nhs.dma.api.web.ProblemWriter;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * Every /api endpoint needs an authenticated user, whose name is stamped on every command and event.
 * Local mode authenticates with HTTP Basic against {@link LocalUsers}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Production mode: any of Spring's resource-server JWT settings (issuer, JWK set or public key) is set. */
    static boolean jwtMode(Environment environment) {
        return JWT_SETTINGS.stream().anyMatch(name -> {
            String value = environment.getProperty(name);
            return value != null && !value.isBlank();
        });
    }

    private static final List<String> JWT_SETTINGS = List.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    @Bean
    public LocalUsers localUsers(AssessmentProperties properties, Environment environment, JsonMapper json) {
        String usersFile = properties.security().usersFile();
        if (jwtMode(environment)) {
            return LocalUsers.none();
        }
        LocalUsers users = LocalUsers.load(usersFile, json);
        if (users.defaults()) {
            log.warn("""

                    ************************************************************************
                    *  RUNNING WITH THE DEFAULT LOCAL USERS, whose passwords are public.    *
                    *  The service listens on localhost only. Set ASSESSMENT_SECURITY_      *
                    *  USERS_FILE (or configure a JWT issuer) before exposing it.          *
                    ************************************************************************""");
        }
        return users;
    }

    @Bean
    public UserDetailsService userDetailsService(LocalUsers users) {
        return new LocalUserDetails(users);
    }

    /** HTTP Basic for every chain: bcrypt once per client and TTL, then a keyed-hash cache hit. */
    @Bean
    public AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AssessmentProperties properties) {
        AssessmentProperties.Security.PasswordCache cache = properties.security().passwordCache();
        return new ProviderManager(new PasswordCheckCache(users, encoder, cache.ttl(), cache.maxSize()));
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A JWT's subject is the user; its {@code roles} claim gives the authorities. */
    static AbstractAuthenticationToken authentication(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, Callers.authorities(jwt), jwt.getSubject());
    }

    /** With the public default users, never listen beyond this machine. */
    @Bean
    public WebServerFactoryCustomizer<ConfigurableWebServerFactory> loopbackWithDefaultUsers(LocalUsers users) {
        return factory -> {
            if (users.defaults()) {
                factory.setAddress(InetAddress.getLoopbackAddress());
            }
        };
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, Environment environment,
                                   ApiTokens tokens) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.addHeader("WWW-Authenticate", jwtMode(environment) ? "Bearer" : "Basic realm=\"digital-maturity\"");
            if (!jwtMode(environment)) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"digital-maturity\"");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication is required.");
        };
        http.addFilterBefore(new ApiTokenFilter(tokens, unauthenticated), BearerTokenAuthenticationFilter.class);
        if (jwtMode(environment)) {
            DefaultBearerTokenResolver jwts = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(resource -> resource
                    .authenticationEntryPoint(unauthenticated)
                    .bearerTokenResolver(request -> ApiTokenFilter.presented(request) != null ? null
                            : jwts.resolve(request))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication)));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        }
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new SessionReads()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "You may not do this.")))
                .build();
    }
}
