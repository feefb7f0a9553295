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
import uk.nhs.dma.core.assessment.WithdrawAssessment;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.StaleVersion;

/**
 * Withdrawing a draft started by mistake: a page asking why, and the aggregate's rules (a reason, a draft never
 * submitted) shown beside the field. Afterwards the home page offers to start the year again.
 */
@Controller
public class WithdrawalPages {

    private final DraftPages drafts;
    private final Reads reads;
    private final Commands commands;

    public WithdrawalPages(DraftPages drafts, Reads reads, Commands commands) {
        this.drafts = drafts;
        this.reads = reads;
        this.commands = commands;
    }

    /** Whether the page offers "Withdraw this draft": a draft that has never been submitted. */
    static boolean withdrawable(AssessmentView view) {
        return view.revision() == 1 && view.submittedRevision() == null;
    }

    @GetMapping("/assessments/{id}/withdraw")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String form(@PathVariable String id, Model model) {
        AssessmentView view = drafts.draft(id);
        return page(view, "", new FormErrors(), view.version(), model);
    }

    @PostMapping("/assessments/{id}/withdrawal")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String withdraw(@PathVariable String id, @RequestParam long version,
                    @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        AssessmentView view = drafts.draft(id);
        FormErrors errors = new FormErrors();
        try {
            long saved = commands.send(new WithdrawAssessment(Reads.assessmentId(id), reason, version), id);
            reads.assessmentAtLeast(id, saved);
            redirect.addFlashAttribute("withdrawn", "The " + view.year() + " draft of " + view.odsCode()
                    + " was withdrawn. You can start this year's assessment again.");
            return "redirect:/";
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            errors.add("reason", rejected.getMessage());
            response.setStatus(rejected.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422);
        }
        return page(view, reason, errors, version, model);
    }

    private static String page(AssessmentView view, String reason, FormErrors errors, long version, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        return "assessment/withdraw";
    }
}
