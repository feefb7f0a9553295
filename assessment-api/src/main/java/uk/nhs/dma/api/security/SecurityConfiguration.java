package uk.nhs.dma.api.security;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import uk.nhs.dma.api.web.ProblemWriter;

/**
 * Every /api endpoint needs an authenticated user, whose name is stamped on every command and event.
 * Local mode authenticates with HTTP Basic against {@link LocalUsers}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    public LocalUsers localUsers(@Value("${assessment.security.users-file:}") String usersFile) {
        LocalUsers users = LocalUsers.load(usersFile);
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
        return new InMemoryUserDetailsManager(users.users().stream()
                .map(u -> User.withUsername(u.username()).password(u.password())
                        .roles(u.roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
    public SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"digital-maturity\"");
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                            "Authentication is required.");
                }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"digital-maturity\"");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                                    "Authentication is required.");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "You may not do this.")))
                .build();
    }
}
