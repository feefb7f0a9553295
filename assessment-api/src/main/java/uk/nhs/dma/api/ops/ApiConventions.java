package uk.nhs.dma.api.ops;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.Listing;
import uk.nhs.dma.api.web.NotACommand;

/**
 * The conventions every endpoint follows, added to each operation of the document: the request headers
 * (correlation id, idempotency key, read-your-writes), the answer headers (ETag and event position of a command,
 * Location of a 201 or 202), CSV and .xlsx beside JSON where the endpoint reads Accept, and the RFC 9457 problems of a query
 * or a command. Success statuses and endpoint-specific headers and problems are declared on the methods
 * ({@code @ResponseStatus}, {@code @ApiResponse}). Operation ids are the controller and method names, stable.
 */
@Component
public class ApiConventions implements OperationCustomizer, OpenApiCustomizer {

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    /** The page records of {@link Listing} answers, whose schemas the document needs. */
    private final Set<Class<?>> pages = ConcurrentHashMap.newKeySet();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMethod http = mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
        boolean write = http == RequestMethod.POST || http == RequestMethod.PUT;
        boolean command = write && !handler.getBeanType().isAnnotationPresent(NotACommand.class);
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        boolean csv = operation.getParameters() != null && operation.getParameters()
                .removeIf(p -> "header".equals(p.getIn()) && "Accept".equalsIgnoreCase(p.getName()));
        operation.setParameters(headerParameters(operation.getParameters(), write));

        Schema<?> body = successSchema(operation, handler);
        ApiResponses responses = new ApiResponses();
        for (Success declared : successes(handler)) {
            String status = declared.status();
            ApiResponse success = new ApiResponse().description(successDescription(status, command))
                    .content(content(body, csv));
            success.addHeaderObject("X-Correlation-Id", header("The request's correlation id"));
            if (command) {
                success.addHeaderObject("ETag", header("The aggregate's version after the command, quoted"));
                success.addHeaderObject("X-Event-Position",
                        header("Global position of the stored event; send it back as X-Min-Position"));
                success.addHeaderObject("Idempotent-Replayed",
                        header("\"true\" when this is the stored response to a repeated Idempotency-Key"));
            }
            for (io.swagger.v3.oas.annotations.headers.Header h : declared.headers()) {
                success.addHeaderObject(h.name(), header(h.description()));
            }
            if (status.equals("201") || status.equals("202")) {
                success.addHeaderObject("Location", header("Where the created resource can be read"));
            }
            responses.addApiResponse(status, success);
        }
        Map<String, String> problems = ApiProblems.of(write);
        for (var declared : handler.getMethod().getAnnotationsByType(
                io.swagger.v3.oas.annotations.responses.ApiResponse.class)) {
            if (!declared.responseCode().startsWith("2")) {
                problems.put(declared.responseCode(), declared.description());
            }
        }
        problems.forEach((status, description) -> responses.addApiResponse(status,
                ApiProblems.response(status, description)));
        operation.setResponses(responses);
        return operation;
    }

    /** Adds the schemas of the pages that list endpoints answer; orders paths and schemas for a stable document. */
    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        for (Class<?> page : pages) {
            ModelConverters.getInstance().readAll(page).forEach((name, schema) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, schema);
                }
            });
        }
        if (components.getSchemas() != null) {
            components.setSchemas(new TreeMap<>(components.getSchemas()));
        }
        if (openApi.getPaths() != null) {
            Paths sorted = new Paths();
            new TreeMap<>(openApi.getPaths()).forEach(sorted::addPathItem);
            openApi.setPaths(sorted);
        }
    }

    private record Success(String status, io.swagger.v3.oas.annotations.headers.Header[] headers) {
    }

    /** The statuses declared with {@code @ApiResponse}, else the {@code @ResponseStatus}, else 200. */
    private static List<Success> successes(HandlerMethod handler) {
        List<Success> declared = Stream.of(handler.getMethod().getAnnotationsByType(
                        io.swagger.v3.oas.annotations.responses.ApiResponse.class))
                .filter(r -> r.responseCode().startsWith("2")).map(r -> new Success(r.responseCode(), r.headers()))
                .toList();
        if (!declared.isEmpty()) {
            return declared;
        }
        ResponseStatus status = handler.getMethodAnnotation(ResponseStatus.class);
        String code = status == null ? "200" : String.valueOf(status.code().value());
        return List.of(new Success(code, new io.swagger.v3.oas.annotations.headers.Header[0]));
    }

    private static List<Parameter> headerParameters(List<Parameter> declared, boolean write) {
        List<Parameter> parameters = declared == null ? new ArrayList<>() : new ArrayList<>(declared);
        parameters.add(headerParameter("X-Correlation-Id",
                "Your id for tracing this request ([A-Za-z0-9._:-]{1,100}); one is made otherwise"));
        if (write) {
            parameters.add(headerParameter("Idempotency-Key",
                    "Runs the request once per user and key; a repeat gets the first response"));
            parameters.add(headerParameter("X-Requested-With",
                    "Any value; stands in for a JSON Content-Type, which a command needs even without a body (415)"));
        } else {
            parameters.add(headerParameter("X-Min-Position",
                    "Wait (up to 5 s) until the read models have reached this event position, else 503;"
                            + " 400 if it is beyond the newest stored event")
                    .schema(new IntegerSchema().format("int64")));
            parameters.add(headerParameter("X-Consistency", "strong (default): reflect every command completed"
                    + " before this request; eventual: answer at once from the read models as they are"
                    + " (also ?consistency=)")
                    .schema(new StringSchema()._enum(List.of("strong", "eventual"))));
        }
        parameters.stream().filter(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()))
                .forEach(p -> p.description("The ETag last read; 412 if the aggregate has changed since"));
        return parameters;
    }

    private static Parameter headerParameter(String name, String description) {
        return new HeaderParameter().name(name).required(false).description(description).schema(new StringSchema());
    }

    private static String successDescription(String status, boolean command) {
        return switch (status) {
            case "201" -> "Created";
            case "202" -> "Accepted: started in the background";
            default -> command ? "Done (or, for a definition, an identical repeat: nothing changed)" : "OK";
        };
    }

    /** The typed answer: a {@link Listing} is an array or its page; anything else as springdoc resolved it. */
    private Schema<?> successSchema(Operation operation, HandlerMethod handler) {
        Type type = handler.getMethod().getGenericReturnType();
        if (type instanceof ParameterizedType entity && entity.getRawType() == ResponseEntity.class) {
            type = entity.getActualTypeArguments()[0];
        }
        if (type instanceof ParameterizedType listing && listing.getRawType() == Listing.class
                && listing.getActualTypeArguments()[0] instanceof Class<?> page) {
            pages.add(page);
            Class<?> item = itemType(page);
            return new Schema<>().oneOf(List.of(new ArraySchema().items(ref(item)), ref(page)))
                    .description("An array; with limit or offset, a page {items, total}");
        }
        for (ApiResponse generated : operation.getResponses() == null ? List.<ApiResponse>of()
                : operation.getResponses().values()) {
            if (generated.getContent() != null && !generated.getContent().isEmpty()) {
                return generated.getContent().values().iterator().next().getSchema();
            }
        }
        return new ObjectSchema();
    }

    private static Class<?> itemType(Class<?> page) {
        for (var component : page.getRecordComponents()) {
            if (component.getName().equals("items") && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> item) {
                return item;
            }
        }
        throw new IllegalStateException(page + " has no items");
    }

    private static Content content(Schema<?> schema, boolean csv) {
        Content content = new Content().addMediaType(JSON, new MediaType().schema(schema));
        if (csv) {
            content.addMediaType(CSV, new MediaType().schema(new StringSchema()
                    .description("One row per organisation, with a header row")));
            content.addMediaType(Csv.XLSX_VALUE, new MediaType().schema(new StringSchema().format("binary")
                    .description("The same table as an Excel workbook: a bold, frozen header row and typed cells")));
        }
        return content;
    }

    static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    static Schema<?> ref(Class<?> type) {
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }
}
