package uk.nhs.dma.api.rest;

import static uk.nhs.dma.core.common.Require.REQUIRED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.dma.api.web.CommandResult;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.ETag;
import uk.nhs.dma.api.web.IdOf;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.core.assessment.AssessmentEvidenceView;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AttachEvidence;
import uk.nhs.dma.core.assessment.ConfirmAnswers;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceFile;
import uk.nhs.dma.core.assessment.EvidenceKind;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.FindEvidence;
import uk.nhs.dma.core.assessment.WithdrawEvidence;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.projections.evidence.EvidenceFiles;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * Evidence on an assessment's answers and EPR declaration: links and notes as JSON, documents as multipart
 * uploads kept in PostgreSQL under their SHA-256; listed and downloaded within the assessment's scope. Also the
 * confirmation of answers carried forward from last year.
 */
@RestController
@RequestMapping("/api/assessments/{id}")
public class EvidenceController {

    /** Checked by the domain (kind, title, dates, link or note), so that access is decided before any of it. */
    record EvidenceRequest(String questionId, EvidenceKind kind, String title,
                           String link, String note, LocalDate effectiveOn, LocalDate expiresOn) {
    }

    record ReasonRequest(String reason) {
    }

    record ConfirmationRequest(List<String> questionIds) {
    }

    /** The stored command, and the id of the item it attached. */
    record EvidenceResult(String assessmentId, String evidenceId, long version) {
    }

    private final CommandSender commands;
    private final QuerySender queries;
    private final EvidenceFiles files;

    public EvidenceController(CommandSender commands, QuerySender queries, EvidenceFiles files) {
        this.commands = commands;
        this.queries = queries;
        this.files = files;
    }

    @PostMapping(path = "/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<EvidenceResult> attach(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody EvidenceRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Evidence item = new Evidence(UUID.randomUUID().toString(), blankToNull(body.questionId()), body.kind(),
                body.title(), body.link(), body.note(), null, body.effectiveOn(), body.expiresOn());
        return attached(id, item, ETag.expected(ifMatch, id));
    }

    /** A document: the file and the item's fields as parts of a multipart/form-data request. */
    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<EvidenceResult> upload(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String questionId,
            @RequestParam(required = false) String effectiveOn,
            @RequestParam(required = false) String expiresOn,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (file == null) {
            throw RuleViolation.invalid("file", "file " + REQUIRED);
        }
        byte[] bytes = bytes(file);
        EvidenceFile checked = files.check(bytes, file.getContentType(), file.getOriginalFilename());
        Evidence item = new Evidence(UUID.randomUUID().toString(), blankToNull(questionId), EvidenceKind.DOCUMENT,
                title, null, null, checked, date(effectiveOn, "effectiveOn"), date(expiresOn, "expiresOn"));
        Long expected = ETag.expected(ifMatch, id);
        boolean stored = files.store(checked, bytes);
        try {
            return attached(id, item, expected);
        } catch (RuntimeException rejected) {
            if (stored) {
                files.discard(checked);
            }
            throw rejected;
        }
    }

    @GetMapping("/evidence")
    @PreAuthorize("@scope.grants('READERS') and @scope.coversAssessment(#id)")
    public AssessmentEvidenceView list(@PathVariable @IdOf(AssessmentId.class) String id) {
        return find(id);
    }

    @GetMapping("/evidence/{evidenceId}/file")
    @PreAuthorize("@scope.grants('READERS') and @scope.coversAssessment(#id)")
    @ApiResponse(responseCode = "200", description = "The document's bytes as uploaded, as an attachment",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> download(@PathVariable @IdOf(AssessmentId.class) String id,
                                           @PathVariable String evidenceId) {
        EvidenceView item = find(id).items().stream().filter(e -> e.evidenceId().equals(evidenceId)).findFirst()
                .orElseThrow(() -> new NotFound("No evidence '" + evidenceId + "' exists on " + id + "."));
        if (item.file() == null) {
            throw new NotFound("Evidence '" + evidenceId + "' is a " + item.kind() + ", not a document.");
        }
        byte[] bytes = files.read(item.file().sha256())
                .orElseThrow(() -> new NotFound("The file of evidence '" + evidenceId + "' is not stored."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(item.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(item.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + item.file().sha256() + "\"")
                .body(bytes);
    }

    @PostMapping("/evidence/{evidenceId}/withdrawal")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> withdraw(@PathVariable @IdOf(AssessmentId.class) String id,
            @PathVariable String evidenceId, @RequestBody ReasonRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return done(id, commands.send(new WithdrawEvidence(AssessmentId.of(id), evidenceId, body.reason(),
                ETag.expected(ifMatch, id)), id));
    }

    /** Confirms answers carried forward from last year as they stand. */
    @PostMapping("/confirmation")
    @PreAuthorize("@scope.grants('SUBMITTER') and @scope.coversAssessment(#id)")
    public ResponseEntity<CommandResult> confirm(@PathVariable @IdOf(AssessmentId.class) String id,
            @RequestBody ConfirmationRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return done(id, commands.send(new ConfirmAnswers(AssessmentId.of(id), body.questionIds(),
                ETag.expected(ifMatch, id)), id));
    }

    private ResponseEntity<EvidenceResult> attached(String id, Evidence item, Long expected) {
        long version = commands.send(new AttachEvidence(AssessmentId.of(id), item, expected), id);
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/evidence/" + item.evidenceId()))
                .eTag(ETag.of(version).toString()).body(new EvidenceResult(id, item.evidenceId(), version));
    }

    private AssessmentEvidenceView find(String id) {
        return queries.one(new FindEvidence(AssessmentId.of(id)), AssessmentEvidenceView.class)
                .orElseThrow(() -> new NotFound("No assessment '" + id + "' exists."));
    }

    private static ResponseEntity<CommandResult> done(String id, long version) {
        CommandResult result = CommandResult.assessment(id, version);
        return ResponseEntity.ok().eTag(result.etag().toString()).body(result);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, field + " '" + value.strip() + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
