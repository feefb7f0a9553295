package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.AttachEvidence;
import uk.nhs.dma.core.assessment.ConfirmAnswers;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceFile;
import uk.nhs.dma.core.assessment.EvidenceKind;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.WithdrawEvidence;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.projections.evidence.EvidenceFiles;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.StaleVersion;

/**
 * An assessment's evidence page: every item per answer and for the EPR (expired ones flagged, withdrawn ones
 * kept and marked), a form to attach a link, a note or a document and to withdraw an item while it is a draft,
 * and the downloads. Also the confirmation of answers carried forward (from the question page's buttons).
 */
@Controller
public class EvidencePages {

    private final Guard guard;
    private final Reads reads;
    private final Commands commands;
    private final EvidenceFiles files;
    private final EvidenceModel evidence;

    public EvidencePages(Guard guard, Reads reads, Commands commands, EvidenceFiles files, EvidenceModel evidence) {
        this.guard = guard;
        this.reads = reads;
        this.commands = commands;
        this.files = files;
        this.evidence = evidence;
    }

    @GetMapping("/assessments/{id}/evidence")
    @PreAuthorize("@scope.readsAssessment(#id)")
    public String page(@PathVariable String id, Model model) {
        return page(guard.assessment(id), new FormErrors(), model);
    }

    @PostMapping("/assessments/{id}/evidence")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String attach(@PathVariable String id, @RequestParam long version,
                         @RequestParam(required = false) String questionId,
                         @RequestParam(required = false) EvidenceKind kind,
                         @RequestParam(required = false) String title,
                         @RequestParam(required = false) String link,
                         @RequestParam(required = false) String note,
                         @RequestParam(required = false) MultipartFile file,
                         @RequestParam(required = false) String effectiveOn,
                         @RequestParam(required = false) String expiresOn,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView view = guard.assessment(id);
        FormErrors errors = new FormErrors();
        EvidenceFile stored = null;
        try {
            if (kind == null) {
                throw RuleViolation.invalid("kind", "Choose what kind of evidence it is");
            }
            byte[] bytes = kind == EvidenceKind.DOCUMENT && file != null && !file.isEmpty() ? bytes(file) : null;
            EvidenceFile checked = bytes == null ? null
                    : files.check(bytes, file.getContentType(), file.getOriginalFilename());
            Evidence item = new Evidence(UUID.randomUUID().toString(), blankToNull(questionId), kind, title,
                    kind == EvidenceKind.LINK ? link : null, kind == EvidenceKind.NOTE ? note : null, checked,
                    date(effectiveOn, "effectiveOn"), date(expiresOn, "expiresOn"));
            if (checked != null && files.store(checked, bytes)) {
                stored = checked;
            }
            long saved = commands.send(new AttachEvidence(Reads.assessmentId(id), item, version), id);
            reads.assessmentAtLeast(id, saved);
            redirect.addFlashAttribute("saved", "Evidence attached: " + item.title().strip());
            return "redirect:/assessments/" + id + "/evidence";
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            errors.add(rejected.field() == null ? "title" : rejected.field(), rejected.getMessage());
            response.setStatus(422);
        } finally {
            if (stored != null && !errors.isEmpty()) {
                files.discard(stored);
            }
        }
        return page(view, errors, model);
    }

    @PostMapping("/assessments/{id}/evidence/{evidenceId}/withdrawal")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String withdraw(@PathVariable String id, @PathVariable String evidenceId, @RequestParam long version,
                           @RequestParam(required = false) String reason, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView view = guard.assessment(id);
        FormErrors errors = new FormErrors();
        try {
            long saved = commands.send(new WithdrawEvidence(Reads.assessmentId(id), evidenceId, reason, version), id);
            reads.assessmentAtLeast(id, saved);
            redirect.addFlashAttribute("saved", "Evidence withdrawn");
            return "redirect:/assessments/" + id + "/evidence";
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            errors.add("reason-" + evidenceId, rejected.getMessage());
            response.setStatus(422);
        }
        return page(view, errors, model);
    }

    /** Confirms carried answers as they stand; back to the page it was asked from (a measure's, or this one). */
    @PostMapping("/assessments/{id}/confirmation")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String confirm(@PathVariable String id, @RequestParam long version,
                          @RequestParam(name = "questionIds", required = false) List<String> questionIds,
                          @RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
        guard.assessment(id);
        String to = "tasks".equals(back) ? "" : back != null && back.matches("measures/[A-Za-z0-9-]{1,80}")
                ? "/" + back : "/evidence";
        try {
            long saved = commands.send(new ConfirmAnswers(Reads.assessmentId(id), questionIds, version), id);
            reads.assessmentAtLeast(id, saved);
            redirect.addFlashAttribute("confirmed", "Confirmed as they stand: " + String.join(", ", questionIds));
        } catch (StaleVersion | RuleViolation refused) {
            redirect.addFlashAttribute("refused", refused instanceof StaleVersion
                    ? "The assessment changed since you opened it; look again and confirm." : refused.getMessage());
        }
        return "redirect:/assessments/" + id + to;
    }

    @GetMapping("/assessments/{id}/evidence/{evidenceId}/file")
    @PreAuthorize("@scope.readsAssessment(#id)")
    public ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String evidenceId) {
        guard.assessment(id);
        EvidenceView item = evidence.of(id).items().stream().filter(e -> e.evidenceId().equals(evidenceId))
                .filter(e -> e.file() != null).findFirst()
                .orElseThrow(() -> new PageNotFound("There is no document " + evidenceId + " on " + id + "."));
        byte[] bytes = files.read(item.file().sha256())
                .orElseThrow(() -> new PageNotFound("The file of " + item.title() + " is not stored."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(item.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(item.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    private String page(AssessmentView view, FormErrors errors, Model model) {
        evidence.addTo(model, view);
        model.addAttribute("view", view);
        model.addAttribute("framework", reads.framework(view));
        model.addAttribute("canEdit", view.status() == AssessmentStatus.DRAFT
                && guard.may("SUBMITTER", view.odsCode()));
        model.addAttribute("allowedTypes", String.join(", ", files.settings().contentTypes()));
        model.addAttribute("maxBytes", files.settings().maxFileSize().toBytes());
        model.addAttribute("errors", errors);
        return "assessment/evidence";
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
            throw RuleViolation.invalid(field, "Enter " + field + " as a real date, for example 2025-03-27");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
