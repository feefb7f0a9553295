package uk.nhs.dma.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.nhs.dma.projections.evidence.EvidenceSettings;

/**
 * An upload the container stopped reading (over the multipart request limit) gets the service's problem, 413
 * {@code evidence-too-large}, rather than Spring's generic answer; nothing was stored.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EvidenceProblems {

    private final EvidenceSettings settings;

    public EvidenceProblems(EvidenceSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.CONTENT_TOO_LARGE, "evidence-too-large",
                "The upload is too large: a file may have at most " + settings.maxFileSize().toBytes()
                        + " bytes; nothing was stored.", request);
        problem.setProperty("field", "file");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }
}
