package uk.nhs.dma.api.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.BadRequest;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.api.web.ProblemWriter;

/** What auditors read: any stream with who did what and when, and the verification of the whole log. */
@RestController
@PreAuthorize("@scope.grants('AUDIT')")
@RequestMapping("/api/audit")
public class AuditController {

    static final String RUNNING = "A verification is already running (see Retry-After)";

    private final AuditLog log;
    private final Verification verification;

    public AuditController(AuditLog log, Verification verification) {
        this.log = log;
        this.verification = verification;
    }

    /** A page of a stream: {@code limit} events (default and at most 1000) after sequence {@code after}. */
    @GetMapping("/streams/{aggregateId}")
    public ResponseEntity<AuditLog.Stream> stream(@PathVariable String aggregateId,
                                    @RequestParam(required = false) Long after,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String format,
                                    @RequestHeader(name = "Accept", required = false) String accept) {
        if (limit != null && (limit < 1 || limit > AuditLog.MAX_LIMIT)) {
            throw new BadRequest("invalid-parameter", "limit must be between 1 and " + AuditLog.MAX_LIMIT);
        }
        if (after != null && after < -1) {
            throw new BadRequest("invalid-parameter", "after must be a sequence number (-1 or more)");
        }
        AuditLog.Stream stream = log.stream(aggregateId, after == null ? -1 : after,
                        limit == null ? AuditLog.DEFAULT_LIMIT : limit)
                .orElseThrow(() -> new NotFound("No event stream '" + aggregateId + "' exists."));
        ResponseEntity.BodyBuilder ok = Csv.ok(Csv.wanted(accept, format), aggregateId + "-events.csv");
        if (stream.next() != null) {
            ok.header("Link", "<" + stream.next() + ">; rel=\"next\"");
        }
        return ok.body(stream);
    }

    /** Verifies the store against itself and the checkpoints in the database. */
    @GetMapping("/verification")
    @ApiResponse(responseCode = "429", description = RUNNING)
    public Verification.Report verify() {
        return verification.verify(List.of()).orElseThrow(Running::new);
    }

    /** The same, also against checkpoints kept outside the database (the body of GET /api/audit/checkpoints). */
    @PostMapping("/verification")
    @ApiResponse(responseCode = "429", description = RUNNING)
    public Verification.Report verifyGiven(@RequestBody CheckpointExport exported) {
        List<Checkpoint> given = exported.checkpoints() == null ? List.of() : exported.checkpoints();
        for (int i = 0; i < given.size(); i++) {
            Checkpoint c = given.get(i);
            if (c == null || c.headsDigest() == null || c.createdAt() == null || c.keyId() == null
                    || c.signature() == null) {
                throw new BadRequest("invalid-checkpoint", "checkpoints[" + i + "] lacks headsDigest, createdAt,"
                        + " keyId or signature");
            }
        }
        return verification.verify(given).orElseThrow(Running::new);
    }

    @ExceptionHandler(Running.class)
    ResponseEntity<ProblemDetail> running(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(verification.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS, "verification-running",
                        "A verification is already running; retry when it has finished.", request));
    }

    /** Another verification holds the only slot. */
    static final class Running extends RuntimeException {
        Running() {
            super(null, null, false, false);
        }
    }
}
