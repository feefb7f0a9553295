package uk.nhs.dma.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * The problem for a request that breaks a constraint its handler declares (Bean Validation on the request records
 * and parameters), the same answer as when these were checked by hand: a field of a body is the core's 422
 * {@code invalid-<field>} with the {@code field}; a malformed id in a path names nothing, 404 {@code not-found}; any
 * other parameter is a 400 {@code invalid-parameter} naming it. The first violation, in declaration order, is told.
 */
final class Violations {

    private Violations() {
    }

    static ResponseEntity<Object> of(HandlerMethodValidationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(e, request);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    static ResponseEntity<Object> of(MethodArgumentNotValidException e, HttpServletRequest request) {
        ProblemDetail problem = body(e.getBindingResult().getFieldErrors(), e.getParameter(), request);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail problem(HandlerMethodValidationException e, HttpServletRequest request) {
        ParameterValidationResult result = e.getParameterValidationResults().stream()
                .min(Comparator.comparingInt(r -> r.getMethodParameter().getParameterIndex())).orElseThrow();
        if (result instanceof ParameterErrors body) {
            return body(body.getFieldErrors(), body.getMethodParameter(), request);
        }
        MethodParameter parameter = result.getMethodParameter();
        MessageSourceResolvable error = result.getResolvableErrors().get(0);
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            IdOf id = AnnotatedElementUtils.findMergedAnnotation(parameter.getParameter(), IdOf.class);
            String what = id != null ? IdOf.Check.noun(id) : "resource";
            return ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "No " + what + " '" + result.getArgument()
                    + "' exists: " + error.getDefaultMessage(), request);
        }
        String name = parameter.getParameterName();
        if (parameter.hasParameterAnnotation(RequestBody.class) || name == null) {
            name = "body";
        }
        return ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                name + " " + error.getDefaultMessage(), request);
    }

    /** A body's field: the core's answer for the same fact ({@code RuleViolation.invalid}), under its own name. */
    private static ProblemDetail body(List<FieldError> errors, MethodParameter parameter, HttpServletRequest request) {
        FieldError first = errors.stream().min(Comparator.comparingInt(declared(parameter.getParameterType())))
                .orElseThrow();
        String field = leaf(first.getField());
        RuleViolation violation = RuleViolation.invalid(field, field + " " + first.getDefaultMessage());
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT, violation.rule(),
                violation.getMessage(), request);
        problem.setProperty("field", field);
        return problem;
    }

    /** Fields in the order the record declares them, so that the first missing one is told, as before. */
    private static ToIntFunction<FieldError> declared(Class<?> type) {
        List<String> names = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        return error -> {
            String top = error.getField().split("[.\\[]", 2)[0];
            int index = names.indexOf(top);
            return index < 0 ? Integer.MAX_VALUE : index;
        };
    }

    /** {@code answers[0].questionId} is the field {@code questionId}, as the core names it. */
    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path.replaceAll("\\[.*$", "") : path.substring(dot + 1);
    }
}
