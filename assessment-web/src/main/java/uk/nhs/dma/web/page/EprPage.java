package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.DeclareEpr;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.StaleVersion;

/** The draft's EPR declaration: status, supplier and, for a live EPR, the date it went live. */
@Controller
public class EprPage {

    /** What the form shows: the declaration as typed, so a rejected form keeps it. */
    public record EprForm(String status, String supplier, DateInput liveSince) {
    }

    private final DraftPages drafts;
    private final Reads reads;
    private final Commands commands;

    public EprPage(DraftPages drafts, Reads reads, Commands commands) {
        this.drafts = drafts;
        this.reads = reads;
        this.commands = commands;
    }

    @GetMapping("/assessments/{id}/epr")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String epr(@PathVariable String id, Model model) {
        AssessmentView view = drafts.draft(id);
        EprForm form = view.epr() == null ? new EprForm(null, null, DateInput.of(null))
                : new EprForm(view.epr().status().name(), view.epr().supplier(), DateInput.of(view.epr().liveSince()));
        return page(view, form, view.version(), new FormErrors(), model);
    }

    @PostMapping("/assessments/{id}/epr")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String declare(@PathVariable String id, @RequestParam long version,
                   @RequestParam(required = false) String status, @RequestParam(required = false) String supplier,
                   @RequestParam(name = "liveSince-day", required = false) String day,
                   @RequestParam(name = "liveSince-month", required = false) String month,
                   @RequestParam(name = "liveSince-year", required = false) String year,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView view = drafts.draft(id);
        DateInput date = new DateInput(day, month, year);
        EprForm form = new EprForm(status, supplier, date);
        FormErrors errors = new FormErrors();
        EprStatus eprStatus = null;
        try {
            eprStatus = status == null ? null : EprStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            eprStatus = null;
        }
        if (eprStatus == null) {
            errors.add("status", "Select the status of your electronic patient record");
        }
        // A date typed for an EPR that is not live goes to the aggregate, whose rule refuses it.
        java.time.LocalDate liveSince = null;
        try {
            liveSince = date.parse("The date it went live");
        } catch (DateInput.InvalidDate invalid) {
            errors.add("liveSince-day", invalid.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                long saved = commands.send(new DeclareEpr(Reads.assessmentId(id), eprStatus,
                        DraftPages.blankToNull(supplier), liveSince, version), id);
                reads.assessmentAtLeast(id, saved);
                redirect.addFlashAttribute("saved", "Electronic patient record");
                return "redirect:/assessments/" + id;
            } catch (StaleVersion stale) {
                errors.stale();
                response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
                return page(view, form, version, errors, model);
            } catch (RuleViolation rejected) {
                String field = rejected.field() == null ? "status" : switch (rejected.field()) {
                    case "liveSince" -> "liveSince-day";
                    case "supplier" -> "supplier";
                    default -> "status";
                };
                errors.add(field, rejected.getMessage());
            }
        }
        response.setStatus(422);
        return page(view, form, version, errors, model);
    }

    private String page(AssessmentView view, EprForm form, long version, FormErrors errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", EprStatus.values());
        return "assessment/epr";
    }
}
