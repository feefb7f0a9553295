package uk.nhs.dma.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import uk.nhs.dma.projections.processing.ReadModelsBehind;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.nhs.dma.api.security.Forbidden;
import uk.nhs.dma.core.common.CommandOutcome;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * Every failure becomes an RFC 9457 problem ({@code application/problem+json}) with a stable {@code rule}
 * name and the request's correlation id; nothing internal, and never a stack trace, reaches the caller.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    /** A command's (or a query's) rejection, read by {@link CommandOutcome}; anything else is unexpected. */
    @ExceptionHandler({RuleViolation.class, AggregateNotFoundException.class, AggregateStreamCreationException.class,
            ConflictingModificationException.class, ConcurrencyException.class, CommandExecutionException.class,
            QueryExecutionException.class})
    ResponseEntity<ProblemDetail> rejected(Exception e, HttpServletRequest request) {
        CommandOutcome outcome = CommandOutcome.of(e);
        ProblemDetail problem = switch (outcome.kind()) {
            case ACCEPTED, FAILED -> null;
            case INVALID, UNKNOWN_REFERENCE, CONFLICT, FORBIDDEN -> violation(outcome, request);
            case NOT_FOUND -> ProblemWriter.problem(HttpStatus.NOT_FOUND, outcome.rule(), "No " + resourceOf(request)
                    + " '" + ((AggregateNotFoundException) outcome.cause()).getAggregateIdentifier() + "' exists.", request);
            case PRECONDITION_FAILED -> stale(outcome.cause(), request);
        };
        return problem == null ? unexpected(e, request) : respond(problem);
    }

    private static ProblemDetail violation(CommandOutcome outcome, HttpServletRequest request) {
        HttpStatus status = switch (outcome.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        RuleViolation e = outcome.violation().orElse(null);
        if (e == null) {
            // refused by the store rather than by a rule
            return ProblemWriter.problem(status, outcome.rule(), CommandOutcome.ALREADY_EXISTS.equals(outcome.rule())
                    ? "It already exists; nothing was changed."
                    : "Another change to the same record was stored at the same moment; read it again and retry.",
                    request);
        }
        ProblemDetail problem = ProblemWriter.problem(status, e.rule(), e.getMessage(), request);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    private static ProblemDetail stale(Throwable cause, HttpServletRequest request) {
        if (!(cause instanceof ConflictingAggregateVersionException e)) {
            return ProblemWriter.problem(HttpStatus.PRECONDITION_FAILED, CommandOutcome.STALE_VERSION,
                    "The record has changed since it was read; read it again and retry.", request);
        }
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.PRECONDITION_FAILED, CommandOutcome.STALE_VERSION,
                "If-Match names version " + e.getExpectedVersion() + " but the current version is "
                        + e.getActualVersion() + "; read it again and retry.", request);
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e, HttpServletRequest request) {
        return respond(ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), request));
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Forbidden e, HttpServletRequest request) {
        return respond(ProblemWriter.problem(HttpStatus.FORBIDDEN, "out-of-scope", e.getMessage(), request));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e, HttpServletRequest request) {
        return respond(ProblemWriter.problem(HttpStatus.BAD_REQUEST, e.rule(), e.getMessage(), request));
    }

    @ExceptionHandler(PreconditionFailed.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailed e, HttpServletRequest request) {
        return respond(ProblemWriter.problem(HttpStatus.PRECONDITION_FAILED, "stale-version", e.getMessage(), request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'.", request));
    }

    /**
     * Parameters the container or Spring Security's firewall cannot accept: a form-encoded body whose names or
     * percent-encodings are not allowed (found by fuzzing: they were 500s).
     */
    @ExceptionHandler({RequestRejectedException.class, InvalidParameterException.class})
    ResponseEntity<ProblemDetail> unreadableRequest(Exception e, HttpServletRequest request) {
        return respond(ProblemWriter.problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request's parameters or body could not be read; send JSON as application/json.", request));
    }

    /** A start copying last year forward found the read models behind the store (see CarryForwardSource). */
    @ExceptionHandler(ReadModelsBehind.class)
    ResponseEntity<ProblemDetail> readModelsBehind(ReadModelsBehind e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "projections-behind", e.getMessage(),
                        request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable handling {} {}: {}", LogSafe.of(request.getMethod()), LogSafe.of(request.getRequestURI()),
                    e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER)
                    .body(ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.RULE,
                            DatabaseUnavailable.DETAIL, request));
        }
        log.error("Unexpected failure handling {} {}", LogSafe.of(request.getMethod()),
                LogSafe.of(request.getRequestURI()), e);
        return respond(ProblemWriter.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; nothing was stored. Quote the correlation id when reporting it.",
                request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        if (hasCause(e, BodySizeLimit.TooLarge.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemWriter.problem(
                    HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The request body is larger than " + BodySizeLimit.MAX_BYTES + " bytes.", servlet));
        }
        return ResponseEntity.badRequest().body(
                ProblemWriter.problem(HttpStatus.BAD_REQUEST, "malformed-body", describe(e), servlet));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Violations.of(e, ((ServletWebRequest) request).getRequest());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Violations.of(e, ((ServletWebRequest) request).getRequest());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servlet = nativeRequest.getNativeRequest(HttpServletRequest.class);
            HttpStatus resolved = HttpStatus.resolve(status.value());
            ProblemDetail ours = ProblemWriter.problem(resolved == null ? HttpStatus.BAD_REQUEST : resolved,
                    rule(resolved), problem.getDetail(), servlet);
            return new ResponseEntity<>(ours, headers, status);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String rule(HttpStatus status) {
        if (status == null) {
            return "bad-request";
        }
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z]+", "-");
    }

    /** Says what was wrong with a body in the caller's terms: field names, never class names. */
    static String describe(HttpMessageNotReadableException e) {
        JacksonException jackson = cause(e, JacksonException.class);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + path(unknown) + "'.";
        }
        if (jackson instanceof InvalidFormatException invalid) {
            String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? " Allowed: " + java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")) + "." : "";
            return "Invalid value '" + invalid.getValue() + "' for field '" + path(invalid) + "'." + allowed;
        }
        if (jackson instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return "Invalid value for field '" + path(databind) + "'.";
        }
        if (jackson instanceof StreamReadException read && read.getLocation() != null) {
            return "Malformed JSON at line " + read.getLocation().getLineNr() + ", column "
                    + read.getLocation().getColumnNr() + ".";
        }
        return "The request body is missing or is not valid JSON.";
    }

    private static String path(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String resourceOf(HttpServletRequest request) {
        String[] parts = request.getRequestURI().split("/");
        return parts.length > 2 ? parts[2].replaceAll("s$", "") : "resource";
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
