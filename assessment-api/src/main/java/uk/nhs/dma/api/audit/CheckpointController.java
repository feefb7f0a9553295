package uk.nhs.dma.api.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.ProblemWriter;

/** Signed checkpoints of the event store: record one now, or export them all to keep outside the database. */
@RestController
@PreAuthorize("@scope.grants('AUDIT')")
@RequestMapping("/api/audit/checkpoints")
public class CheckpointController {

    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;

    public CheckpointController(Checkpoints checkpoints, CheckpointSigner signer) {
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    /** 201 with the new checkpoint, or 200 with the one already at the current position. */
    @PostMapping
    @ApiResponse(responseCode = "201")
    @ApiResponse(responseCode = "200")
    public ResponseEntity<Checkpoint> record() {
        Checkpoints.Recorded recorded = checkpoints.record();
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/audit/checkpoints")
                .body(recorded.checkpoint());
    }

    @GetMapping
    public ResponseEntity<CheckpointExport> export(@RequestHeader(name = "Accept", required = false) String accept) {
        List<Checkpoint> all = checkpoints.all();
        return Csv.ok(Csv.wanted(accept), "checkpoints.csv").body(new CheckpointExport(CheckpointSigner.ALGORITHM,
                signer.keyId(), signer.publicKeyPem(), signer.canSign(), signer.status(), all));
    }

    @ExceptionHandler(Checkpoints.Disabled.class)
    ResponseEntity<?> disabled(Checkpoints.Disabled e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemWriter.problem(HttpStatus.CONFLICT,
                "checkpoints-disabled", e.getMessage(), request));
    }
}
