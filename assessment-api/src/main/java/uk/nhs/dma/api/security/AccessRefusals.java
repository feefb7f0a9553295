package uk.nhs.dma.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.nhs.dma.api.web.ProblemWriter;

/** A handler's {@code @PreAuthorize} refused the caller's roles: the 403 {@code forbidden} problem. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessRefusals {

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<ProblemDetail> refused(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(HttpStatus.FORBIDDEN, "forbidden",
                        "Your role does not allow " + request.getMethod() + " " + request.getRequestURI() + ".",
                        request));
    }
}
