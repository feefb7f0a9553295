package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import uk.nhs.dma.core.assessment.ApproveAssessment;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.FindRevision;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.StaleVersion;

/** The board approver's list of submitted assessments in their scope, the review page and approval. */
@Controller
public class ApprovalPages {

    private final Guard guard;
    private final Reads reads;
    private final People people;
    private final Commands commands;

    private final EvidenceModel evidence;

    public ApprovalPages(Guard guard, Reads reads, People people, Commands commands, EvidenceModel evidence) {
        this.guard = guard;
        this.reads = reads;
        this.people = people;
        this.commands = commands;
        this.evidence = evidence;
    }

    @GetMapping("/approvals")
    @PreAuthorize("@scope.grants('APPROVER')")
    public String approvals(Model model) {
        List<AssessmentView> waiting = reads.awaitingApproval().stream()
                .filter(a -> people.may("APPROVER", a.odsCode())).toList();
        model.addAttribute("waiting", waiting);
        return "approvals";
    }

    @GetMapping("/assessments/{id}/review")
    @PreAuthorize("@scope.actsOnAssessment('APPROVER', #id)")
    public String review(@PathVariable String id, Model model) {
        AssessmentView view = guard.assessment(id);
        return reviewPage(view, DateInput.of(null), new FormErrors(), null, model);
    }

    @PostMapping("/assessments/{id}/approval")
    @PreAuthorize("@scope.actsOnAssessment('APPROVER', #id)")
    public String approve(@PathVariable String id, @RequestParam long version,
                   @RequestParam(name = "boardDate-day", required = false) String day,
                   @RequestParam(name = "boardDate-month", required = false) String month,
                   @RequestParam(name = "boardDate-year", required = false) String year,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView view = guard.assessment(id);
        DateInput date = new DateInput(day, month, year);
        FormErrors errors = new FormErrors();
        String refusal = null;
        try {
            LocalDate boardDate = date.parse("The board date");
            long saved = commands.send(new ApproveAssessment(Reads.assessmentId(id), boardDate, version), id);
            reads.assessmentAtLeast(id, saved);
            redirect.addFlashAttribute("saved", "Approved for the board");
            return "redirect:/assessments/" + id + "/results";
        } catch (DateInput.InvalidDate invalid) {
            errors.add("boardDate-day", invalid.getMessage());
            response.setStatus(422);
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            if (rejected.kind() == RuleViolation.Kind.FORBIDDEN) {
                refusal = rejected.getMessage();
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            } else {
                errors.add("boardDate".equals(rejected.field()) ? "boardDate-day" : null, rejected.getMessage());
                response.setStatus(rejected.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422);
            }
        }
        return reviewPage(view, date, errors, refusal, model);
    }

    private String reviewPage(AssessmentView view, DateInput boardDate, FormErrors errors, String refusal, Model model) {
        FrameworkDefinition framework = reads.framework(view);
        Map<String, Answer> answers = new LinkedHashMap<>();
        view.answers().forEach(a -> answers.put(a.questionId(), a));
        String name = people.current().name();
        if (refusal == null && name.equals(view.submittedBy())) {
            refusal = "You submitted this revision, so someone else on the board must approve it.";
        }
        AssessmentView previous = view.revision() > 1 ? reads.one(new FindRevision(Reads.assessmentId(view.assessmentId()),
                view.revision() - 1)).orElse(null) : null;
        model.addAttribute("view", view);
        model.addAttribute("framework", framework);
        model.addAttribute("answers", answers);
        evidence.addTo(model, view);
        model.addAttribute("previous", previous);
        model.addAttribute("changes", previous == null ? List.of() : Changes.between(previous, view, framework));
        model.addAttribute("awaiting", view.status() == AssessmentStatus.SUBMITTED);
        model.addAttribute("refusal", refusal);
        model.addAttribute("boardDate", boardDate);
        model.addAttribute("errors", errors);
        return "review";
    }
}
