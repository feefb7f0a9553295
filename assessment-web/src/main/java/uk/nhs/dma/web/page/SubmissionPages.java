package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.ReopenAssessment;
import uk.nhs.dma.core.assessment.SubmitAssessment;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.StaleVersion;

/** Check your answers, submit, the results with last year's beside them and the trajectory, and reopening. */
@Controller
public class SubmissionPages {

    private final Guard guard;
    private final DraftPages drafts;
    private final Reads reads;
    private final Commands commands;

    public SubmissionPages(Guard guard, DraftPages drafts, Reads reads, Commands commands) {
        this.guard = guard;
        this.drafts = drafts;
        this.reads = reads;
        this.commands = commands;
    }

    @GetMapping("/assessments/{id}/check")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String check(@PathVariable String id, Model model) {
        return checkPage(drafts.draft(id), new FormErrors(), model);
    }

    @PostMapping("/assessments/{id}/submission")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String submit(@PathVariable String id, @RequestParam long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AssessmentView view = drafts.draft(id);
        FormErrors errors = new FormErrors();
        try {
            long saved = commands.send(new SubmitAssessment(Reads.assessmentId(id), version), id);
            reads.assessmentAtLeast(id, saved);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/assessments/" + id + "/results";
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            errors.add(null, rejected.getMessage());
            response.setStatus(rejected.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422);
        }
        return checkPage(view, errors, model);
    }

    @GetMapping("/assessments/{id}/results")
    @PreAuthorize("@scope.readsAssessment(#id)")
    public String results(@PathVariable String id, Model model) {
        AssessmentView view = guard.assessment(id);
        model.addAttribute("view", view);
        model.addAttribute("mayReopen", guard.may("SUBMITTER", view.odsCode()) && (view.status() == AssessmentStatus.SUBMITTED
                || view.status() == AssessmentStatus.APPROVED));
        model.addAttribute("mayEdit", guard.may("SUBMITTER", view.odsCode()) && view.status() == AssessmentStatus.DRAFT);
        model.addAttribute("mayApprove", guard.may("APPROVER", view.odsCode()) && view.status() == AssessmentStatus.SUBMITTED);
        if (view.scores() == null) {
            return "assessment/results";
        }
        FrameworkDefinition framework = reads.framework(view);
        AssessmentView lastYear = reads.assessmentOf(view.odsCode(), view.year() - 1).orElse(null);
        model.addAttribute("framework", framework);
        model.addAttribute("lastYear", lastYear);
        model.addAttribute("rows", Results.rows(view, framework, lastYear));
        model.addAttribute("domainRows", DomainScoreRow.of(view, framework));
        model.addAttribute("chart", Results.chart(reads.trajectory(view.odsCode()).orElse(null), framework));
        return "assessment/results";
    }

    @GetMapping("/assessments/{id}/reopen")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String reopenForm(@PathVariable String id, Model model) {
        return reopenPage(reopenable(id), "", new FormErrors(), model, null);
    }

    @PostMapping("/assessments/{id}/reopening")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String reopen(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String reason,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView view = reopenable(id);
        FormErrors errors = new FormErrors();
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "Enter why you are reopening the assessment");
        } else {
            try {
                long saved = commands.send(new ReopenAssessment(Reads.assessmentId(id), reason.strip(), version), id);
                reads.assessmentAtLeast(id, saved);
                redirect.addFlashAttribute("saved", "Reopened assessment");
                return "redirect:/assessments/" + id;
            } catch (StaleVersion stale) {
                errors.stale();
                response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
                return reopenPage(view, reason, errors, model, version);
            } catch (RuleViolation rejected) {
                errors.add("reason", rejected.getMessage());
            }
        }
        response.setStatus(422);
        return reopenPage(view, reason, errors, model, version);
    }

    private AssessmentView reopenable(String id) {
        AssessmentView view = guard.assessment(id);
        if (view.status() == AssessmentStatus.DRAFT || view.status() == AssessmentStatus.WITHDRAWN) {
            throw new PageForbidden("Assessment " + id + " is " + view.status().name().toLowerCase()
                    + " and cannot be reopened.");
        }
        return view;
    }

    private String reopenPage(AssessmentView view, String reason, FormErrors errors, Model model, Long version) {
        model.addAttribute("view", view);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version == null ? view.version() : version);
        return "assessment/reopen";
    }

    private String checkPage(AssessmentView view, FormErrors errors, Model model) {
        FrameworkDefinition framework = reads.framework(view);
        Map<String, Answer> answers = new LinkedHashMap<>();
        view.answers().forEach(a -> answers.put(a.questionId(), a));
        List<Tasks.Task> tasks = Tasks.of(view, framework);
        model.addAttribute("view", view);
        model.addAttribute("framework", framework);
        model.addAttribute("answers", answers);
        model.addAttribute("ready", Tasks.allCompleted(tasks));
        model.addAttribute("errors", errors);
        return "assessment/check";
    }
}
