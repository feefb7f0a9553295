package uk.nhs.dma.web.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.plan.AddAction;
import uk.nhs.dma.core.plan.ChangeActionStatus;
import uk.nhs.dma.core.plan.FindPlan;
import uk.nhs.dma.core.plan.FindPlannedAgainstActual;
import uk.nhs.dma.core.plan.OpenPlan;
import uk.nhs.dma.core.plan.PlanId;
import uk.nhs.dma.core.plan.PlanView;
import uk.nhs.dma.core.plan.PlannedAgainstActualView;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.web.Labels;
import uk.nhs.dma.web.page.DateInput;
import uk.nhs.dma.web.page.FormErrors;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.StaleVersion;

/**
 * An organisation's improvement plans: the year's measures with planned against actual, and a page per plan with
 * its actions, a form to add one and one per open action to change its status with a note. The aggregate's rules
 * answer every form; a rejected one shows the rule's message beside its field and in the error summary.
 */
@Controller
public class PlanPages {

    private final QuerySender queries;
    private final Commands commands;
    private final People people;
    private final Clock clock;
    private final Labels labels;

    public PlanPages(QuerySender queries, Commands commands, People people, Clock clock, Labels labels) {
        this.queries = queries;
        this.commands = commands;
        this.people = people;
        this.clock = clock;
        this.labels = labels;
    }

    @GetMapping("/organisations/{ods}/plans/{year}")
    @PreAuthorize("@scope.readsOrganisation(#ods)")
    public String year(@PathVariable String ods, @PathVariable int year, Model model) {
        OdsCode code = code(ods);
        PlannedAgainstActualView view = queries.exactly(new FindPlannedAgainstActual(code, year, null),
                PlannedAgainstActualView.class);
        model.addAttribute("view", view);
        model.addAttribute("measures", WgllMeasures.IDS);
        return "plan/year";
    }

    @GetMapping("/organisations/{ods}/plans/{year}/{measure}")
    @PreAuthorize("@scope.readsOrganisation(#ods)")
    public String plan(@PathVariable String ods, @PathVariable int year, @PathVariable String measure, Model model) {
        return page(planId(ods, year, measure), new FormErrors(), Form.blank(), model);
    }

    @PostMapping("/organisations/{ods}/plans/{year}/{measure}")
    @PreAuthorize("@scope.actsForOrganisation('SUBMITTER', #ods)")
    public String open(@PathVariable String ods, @PathVariable int year, @PathVariable String measure, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        PlanId id = planId(ods, year, measure);
        FormErrors errors = new FormErrors();
        try {
            long saved = commands.send(new OpenPlan(code(ods), year, measure), id.value());
            return done(id, saved, "The improvement plan of " + measure + " is open.", redirect);
        } catch (RuleViolation rejected) {
            errors.add(null, rejected.getMessage());
            response.setStatus(rejected.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422);
        }
        return page(id, errors, Form.blank(), model);
    }

    @PostMapping("/organisations/{ods}/plans/{year}/{measure}/actions")
    @PreAuthorize("@scope.actsForOrganisation('SUBMITTER', #ods)")
    public String add(@PathVariable String ods, @PathVariable int year, @PathVariable String measure,
                      @RequestParam long version, @RequestParam Map<String, String> fields, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        PlanId id = planId(ods, year, measure);
        Form form = Form.of(fields);
        FormErrors errors = new FormErrors();
        try {
            LocalDate due = form.due().parse("The due date");
            Integer target = form.targetScore().isBlank() ? null : Integer.valueOf(form.targetScore().strip());
            long saved = commands.send(new AddAction(id, form.description(), form.owner(), due, target, version),
                    id.value());
            return done(id, saved, "The action was added.", redirect);
        } catch (DateInput.InvalidDate invalid) {
            errors.add("due-day", invalid.getMessage());
            response.setStatus(422);
        } catch (NumberFormatException notWhole) {
            errors.add("targetScore", "The target score must be a whole number from 1 to 5");
            response.setStatus(422);
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            errors.add(field(rejected.field()), rejected.getMessage());
            response.setStatus(rejected.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422);
        }
        return page(id, errors, form, model);
    }

    @PostMapping("/organisations/{ods}/plans/{year}/{measure}/actions/{action}/status")
    @PreAuthorize("@scope.actsForOrganisation('SUBMITTER', #ods)")
    public String status(@PathVariable String ods, @PathVariable int year, @PathVariable String measure,
                         @PathVariable int action, @RequestParam long version,
                         @RequestParam(required = false) ActionStatus status,
                         @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        PlanId id = planId(ods, year, measure);
        FormErrors errors = new FormErrors();
        try {
            long saved = commands.send(new ChangeActionStatus(id, action, status, note, version), id.value());
            return done(id, saved, "Action " + action + " is now " + labels.of(status).toLowerCase(Locale.UK) + ".",
                    redirect);
        } catch (StaleVersion stale) {
            errors.stale();
            response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
        } catch (RuleViolation rejected) {
            String field = "note".equals(rejected.field()) ? "note-" + action : "status-" + action;
            errors.add(field, rejected.getMessage());
            response.setStatus(rejected.kind() == RuleViolation.Kind.CONFLICT ? 409 : 422);
        }
        return page(id, errors, Form.blank(), model);
    }

    private String page(PlanId id, FormErrors errors, Form form, Model model) {
        PlanView plan = queries.one(new FindPlan(id, null), PlanView.class).orElse(null);
        model.addAttribute("planId", id.value());
        model.addAttribute("odsCode", id.odsCode().value());
        model.addAttribute("year", id.year());
        model.addAttribute("measure", id.measureId());
        model.addAttribute("plan", plan);
        model.addAttribute("editable", people.may("SUBMITTER", id.odsCode().value()));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("today", LocalDate.now(clock));
        return "plan/plan";
    }

    /** After a change, the plan page again, once the read model shows it (or after a short wait). */
    private String done(PlanId id, long saved, String message, RedirectAttributes redirect) {
        PlanReads.awaitVersion(queries, id, saved);
        redirect.addFlashAttribute("saved", message);
        return "redirect:/organisations/" + id.odsCode() + "/plans/" + id.year() + "/" + id.measureId();
    }

    private static String field(String field) {
        return field == null ? null : "dueDate".equals(field) ? "due-day" : field;
    }

    private static OdsCode code(String ods) {
        try {
            return OdsCode.of(ods);
        } catch (RuleViolation malformed) {
            throw new PageNotFound("There is no organisation " + ods + ".");
        }
    }

    private static PlanId planId(String ods, int year, String measure) {
        if (!WgllMeasures.IDS.contains(measure)) {
            throw new PageNotFound("There is no measure " + measure + ".");
        }
        return PlanId.of(code(ods), year, measure);
    }

    /** What the add-an-action form was sent with, to show again beside its errors. */
    public record Form(String description, String owner, DateInput due, String targetScore) {

        static Form blank() {
            return new Form("", "", new DateInput("", "", ""), "");
        }

        static Form of(Map<String, String> fields) {
            return new Form(fields.getOrDefault("description", ""), fields.getOrDefault("owner", ""),
                    new DateInput(fields.getOrDefault("due-day", ""), fields.getOrDefault("due-month", ""),
                            fields.getOrDefault("due-year", "")), fields.getOrDefault("targetScore", ""));
        }
    }
}
