package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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
import uk.nhs.dma.core.assessment.RecordAnswers;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.StaleVersion;

/** A draft's task list and its measure pages; every save sends the version the page was rendered at. */
@Controller
public class DraftPages {

    private final Guard guard;
    private final Reads reads;
    private final Commands commands;

    private final EvidenceModel evidence;
    private final CarriedPlansModel plans;

    public DraftPages(Guard guard, Reads reads, Commands commands, EvidenceModel evidence, CarriedPlansModel plans) {
        this.guard = guard;
        this.reads = reads;
        this.commands = commands;
        this.evidence = evidence;
        this.plans = plans;
    }

    @GetMapping("/assessments/{id}")
    @PreAuthorize("@scope.readsAssessment(#id)")
    public String assessment(@PathVariable String id, Model model) {
        AssessmentView view = guard.assessment(id);
        if (view.status() != AssessmentStatus.DRAFT || !guard.may("SUBMITTER", view.odsCode())) {
            return "redirect:/assessments/" + id + "/results";
        }
        FrameworkDefinition framework = reads.framework(view);
        List<Tasks.Task> tasks = Tasks.of(view, framework);
        model.addAttribute("view", view);
        model.addAttribute("framework", framework);
        model.addAttribute("tasks", tasks);
        model.addAttribute("ready", Tasks.allCompleted(tasks));
        model.addAttribute("withdrawable", WithdrawalPages.withdrawable(view));
        evidence.addTo(model, view);
        plans.addTo(model, view, framework, null);
        return "assessment/tasks";
    }

    @GetMapping("/assessments/{id}/measures/{measureId}")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String measure(@PathVariable String id, @PathVariable String measureId, Model model) {
        AssessmentView view = draft(id);
        Map<String, Answer> answers = new LinkedHashMap<>();
        view.answers().forEach(a -> answers.put(a.questionId(), a));
        return measurePage(view, measureId, answers, view.version(), new FormErrors(), model);
    }

    @PostMapping("/assessments/{id}/measures/{measureId}")
    @PreAuthorize("@scope.actsOnAssessment('SUBMITTER', #id)")
    public String saveMeasure(@PathVariable String id, @PathVariable String measureId, @RequestParam long version,
                       @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        AssessmentView view = draft(id);
        FrameworkDefinition framework = reads.framework(view);
        Measure measure = measure(framework, measureId);
        List<Answer> answers = new ArrayList<>();
        Map<String, Answer> typed = new LinkedHashMap<>();
        FormErrors errors = new FormErrors();
        for (Question question : framework.questionsOf(measure.id())) {
            String score = form.get("score-" + question.id());
            String comment = blankToNull(form.get("comment-" + question.id()));
            if (score == null || score.isBlank()) {
                if (comment != null) {
                    errors.add("score-" + question.id(), "Choose a score for " + question.id() + " to keep its comment");
                    typed.put(question.id(), new Answer(question.id(), 0, comment));
                }
                continue;
            }
            try {
                Answer answer = new Answer(question.id(), Integer.parseInt(score.strip()), comment);
                answers.add(answer);
                typed.put(question.id(), answer);
            } catch (NumberFormatException e) {
                errors.add("score-" + question.id(), "Choose a score from the list for " + question.id());
            }
        }
        if (errors.isEmpty()) {
            try {
                long saved = answers.isEmpty() ? version
                        : commands.send(new RecordAnswers(Reads.assessmentId(id),
                        answers, version), id);
                reads.assessmentAtLeast(id, saved);
                redirect.addFlashAttribute("saved", measure.name());
                return "redirect:/assessments/" + id;
            } catch (StaleVersion stale) {
                errors.stale();
                response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
            } catch (RuleViolation rejected) {
                errors.add(fieldOf(rejected, framework.questionsOf(measure.id())), rejected.getMessage());
                response.setStatus(422);
            }
        } else {
            response.setStatus(422);
        }
        return measurePage(view, measureId, typed, version, errors, model);
    }

    private String measurePage(AssessmentView view, String measureId, Map<String, Answer> answers, long version,
                               FormErrors errors, Model model) {
        FrameworkDefinition framework = reads.framework(view);
        Measure measure = measure(framework, measureId);
        model.addAttribute("view", view);
        model.addAttribute("measure", measure);
        model.addAttribute("groups", DomainGroup.of(framework, measure.id()));
        model.addAttribute("levelGated", framework.scoring() == ScoringMethod.LEVEL_GATED);
        model.addAttribute("answers", answers);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        evidence.addTo(model, view);
        plans.addTo(model, view, framework, measure.id());
        return "assessment/measure";
    }

    /** The form field a rule names: the question its message mentions, else the first question. */
    static String fieldOf(RuleViolation rejected, List<Question> questions) {
        String prefix = "comment".equals(rejected.field()) ? "comment-" : "score-";
        String message = rejected.getMessage() == null ? "" : rejected.getMessage();
        return questions.stream().filter(q -> message.contains(q.id())).findFirst()
                .or(() -> questions.stream().findFirst()).map(q -> prefix + q.id()).orElse(null);
    }

    AssessmentView draft(String id) {
        AssessmentView view = guard.assessment(id);
        if (view.status() == AssessmentStatus.WITHDRAWN) {
            throw new PageForbidden("Assessment " + id + " was withdrawn; start this year's assessment again.");
        }
        if (view.status() != AssessmentStatus.DRAFT) {
            throw new PageForbidden("Assessment " + id + " is " + view.status().name().toLowerCase()
                    + "; reopen it to change its answers.");
        }
        return view;
    }

    private static Measure measure(FrameworkDefinition framework, String measureId) {
        return framework.measures().stream().filter(m -> m.id().equals(measureId)).findFirst()
                .orElseThrow(() -> new PageNotFound("There is no measure " + measureId + "."));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
