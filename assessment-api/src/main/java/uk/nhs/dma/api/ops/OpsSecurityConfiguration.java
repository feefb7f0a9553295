package uk.nhs.dma.api.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.dma.api.web.ProblemWriter;
import uk.nhs.dma.api.config.AssessmentProperties;

/**
 * Two security filter chains ahead of the API's own: the OpenAPI document and Swagger UI are public (an
 * integrator needs the contract before credentials), and the Prometheus scrape endpoint takes either an ADMIN
 * user over HTTP Basic or the scrape token ({@code assessment.metrics.scrape-token}, env
 * ASSESSMENT_METRICS_SCRAPE_TOKEN) as {@code Authorization: Bearer <token>}. Everything else falls through to
 * the API's chain.
 */
@Configuration(proxyBeanMethods = false)
public class OpsSecurityConfiguration {

    /** Paths of the generated contract and its UI. */
    public static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**"};
    public static final String PROMETHEUS = "/actuator/prometheus";
    /** The role the scrape token authenticates as; it opens nothing but the scrape endpoint. */
    static final String SCRAPER_ROLE = "METRICS_SCRAPER";

    @Bean
    @Order(1)
    public SecurityFilterChain openApiDocuments(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(DOCS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain prometheusScrape(HttpSecurity http, ProblemWriter problems,
                                                AssessmentProperties properties)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.addHeader("WWW-Authenticate", "Basic realm=\"digital-maturity\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"digital-maturity\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "An ADMIN user or the metrics scrape token is required.");
        };
        return http
                .securityMatcher(PROMETHEUS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ScrapeTokenFilter(properties.metrics().scrapeToken(), unauthenticated), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole("ADMIN", SCRAPER_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "Only an ADMIN user may read the metrics.")))
                .build();
    }

    /**
     * Authenticates {@code Authorization: Bearer <scrape token>} (compared in constant time). Any other bearer
     * token on this endpoint, or any bearer token while no scrape token is configured, is a 401.
     */
    static final class ScrapeTokenFilter extends OncePerRequestFilter {

        private final byte[] token;
        private final AuthenticationEntryPoint unauthenticated;

        ScrapeTokenFilter(String token, AuthenticationEntryPoint unauthenticated) {
            this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
            this.unauthenticated = unauthenticated;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response);
                return;
            }
            byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            if (token == null || !MessageDigest.isEqual(token, given)) {
                unauthenticated.commence(request, response, null);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER_ROLE))));
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
        }
    }
}
