package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;

/**
 * The OpenAPI document, generated from the running application: public, complete (every /api mapping of the
 * controllers), with problems and security schemes, and checked into docs/openapi.json. With CI=true a
 * document that differs from the checked-in one fails the build; otherwise the file is rewritten, so a change
 * to the API shows in review as a change to that file.
 */
class OpenApiTest extends ApiTest {

    static final String DOCUMENT = "docs/openapi.json";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document() {
        Api.Response response = anonymous().get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void the_document_and_swagger_ui_need_no_credentials() {
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs/swagger-config").status()).isEqualTo(200);
        Api.Response ui = anonymous().send("GET", "/swagger-ui/index.html", null, null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("Swagger UI");
        assertThat(anonymous().get("/swagger-ui.html").status()).isIn(200, 302);
        // Opening the documents opens nothing else.
        assertThat(anonymous().get("/api/targets").status()).isEqualTo(401);
    }

    @Test
    void every_controller_mapping_under_api_is_in_the_document() {
        JsonNode paths = document().get("paths");
        List<String> missing = new ArrayList<>();
        int mapped = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                JsonNode path = paths.get(pattern);
                if (methods.isEmpty()) {
                    mapped++;
                    if (path == null || path.isEmpty()) {
                        missing.add("* " + pattern + " (" + entry.getValue() + ")");
                    }
                }
                for (RequestMethod method : methods) {
                    mapped++;
                    if (path == null || !path.has(method.name().toLowerCase())) {
                        missing.add(method + " " + pattern + " (" + entry.getValue() + ")");
                    }
                }
            }
        }
        assertThat(mapped).isGreaterThan(25);
        assertThat(missing).as("controller mappings missing from /v3/api-docs").isEmpty();
    }

    @Test
    void every_operation_has_a_stable_id_a_typed_success_body_and_problem_responses() {
        JsonNode document = document();
        Set<String> ids = new HashSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(ids.add(operation.get("operationId").asText())).as("unique operationId of " + name).isTrue();
            JsonNode responses = operation.get("responses");
            List<String> successes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(status -> {
                if (status.startsWith("2")) {
                    successes.add(status);
                }
            });
            assertThat(successes).as(name).isNotEmpty();
            for (String status : successes) {
                JsonNode schema = responses.at("/" + status + "/content/application~1json/schema");
                if (name.endsWith("/file") && schema.path("format").asText().equals("binary")) {
                    continue; // a download: the document's own bytes, under its own content type
                }
                assertThat(schema.isMissingNode()).as(name + " " + status + " has a JSON body").isFalse();
                assertThat(schema.has("$ref") || schema.has("items") || schema.has("oneOf"))
                        .as(name + " " + status + " body is typed: " + schema).isTrue();
            }
            for (String status : List.of("400", "401", "403", "404", "500")) {
                assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                        .as(name + " " + status).isEqualTo("#/components/schemas/Problem");
            }
            String problem = op.getKey().equals("get") ? "503" : "422";
            assertThat(responses.has(problem)).as(name + " " + problem).isTrue();
            operation.path("parameters").forEach(p -> assertThat(p.get("name").asText())
                    .as(name + ": Accept is not a parameter").isNotEqualToIgnoringCase("Accept"));
        }));
        assertThat(document.at("/paths/~1api~1targets~1{id}~1progress/get/responses/200/content/text~1csv").isMissingNode())
                .isFalse();
        assertThat(document.at("/paths/~1api~1organisations/post/responses/201/headers/Location").isMissingNode())
                .isFalse();
        assertThat(document.at("/paths/~1api~1organisations/post/responses/201/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/CommandResult");
    }

    @Test
    void the_security_schemes_are_http_basic_and_a_bearer_jwt_and_the_problem_is_described() {
        JsonNode document = document();

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(document.get("security").toString()).contains("basicAuth").contains("bearerAuth");
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance", "rule", "field", "correlationId");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void the_document_is_checked_into_docs_openapi_json() throws IOException {
        String generated = canonical(document());
        assertThat(canonical(document())).as("the same document twice").isEqualTo(generated);
        Path file = repositoryRoot().resolve(DOCUMENT);
        String onDisk = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (generated.equals(onDisk)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(DOCUMENT + " is not the document the code generates. Run "
                    + "`./mvnw -pl assessment-api test -Dtest=OpenApiTest` without CI=true and commit the file.");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
    }

    /** Pretty-printed with two spaces and \n, every object's keys in order, ending with a newline. */
    static String canonical(JsonNode document) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return Api.JSON.writer(printer).writeValueAsString(sorted(document)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            new TreeSet<String>(iterable(node)).forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The directory holding the Maven wrapper: tests run in the module's directory. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
