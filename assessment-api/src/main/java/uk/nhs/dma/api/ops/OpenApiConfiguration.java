package uk.nhs.dma.api.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document: springdoc reads each endpoint's contract from its controller method (typed answers,
 * {@code @ResponseStatus}, springdoc's {@code @ApiResponse}); this adds what is the same everywhere: the
 * description, the security schemes (HTTP Basic locally, bearer JWT) and the RFC 9457 problem schema.
 * {@link ApiConventions} adds the conventions' headers and problem answers to every operation.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    public OpenAPI assessmentOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("NHS digital maturity assessment service")
                        .version("1")
                        .description("""
                                Trusts' yearly WGLL self-assessments as commands, stored as events; read models for \
                                analysts. Errors are RFC 9457 problems (application/problem+json) with a stable \
                                `rule`. Commands must send `Content-Type: application/json`, even without a body (or \
                                `X-Requested-With`), else 415; they take `If-Match` (412 when stale) and \
                                `Idempotency-Key`. A query reflects every command completed before it arrived (it \
                                waits, bounded, for the read models); `X-Consistency: eventual` answers at once \
                                instead, and `X-Min-Position` (a command's `X-Event-Position`) waits for that event \
                                even then.""")
                        .license(new License().name("Open Government Licence v3.0 (reference data)")
                                .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Local users (README: Configuration)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A JWT from the configured identity provider, or an API token"
                                        + " (dma_…) created under /api/admin/tokens"))
                        .addSchemas(PROBLEM, problemSchema()))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example("urn:nhs-dma:problem:invalid-score")
                .description("urn:nhs-dma:problem:<rule>"));
        properties.put("title", new StringSchema().example("Unprocessable Content"));
        properties.put("status", new IntegerSchema().example(422));
        properties.put("detail", new StringSchema().description("What was wrong, in the caller's terms"));
        properties.put("instance", new StringSchema().format("uri").description("The request path"));
        properties.put("rule", new StringSchema().example("invalid-score")
                .description("Stable, kebab-case name of the rule broken; rely on this, not on detail"));
        properties.put("field", new StringSchema().description("The input at fault, when there is one"));
        properties.put("correlationId", new StringSchema().description("Also the X-Correlation-Id header"));
        properties.put("currentVersion", new IntegerSchema().format("int64")
                .description("On 412: the aggregate's current version"));
        Schema<?> schema = new ObjectSchema().description("An RFC 9457 problem")
                .required(List.of("type", "title", "status", "rule"));
        schema.setProperties(properties);
        return schema;
    }
}
