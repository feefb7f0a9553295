package uk.nhs.dma.web.target;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.target.FindTarget;
import uk.nhs.dma.core.target.ListTargets;
import uk.nhs.dma.core.target.RecordObservation;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.projections.support.BoundedWait;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.web.page.DateInput;
import uk.nhs.dma.web.page.FormErrors;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.People;

/**
 * The national targets and, per target, its rule and today's national progress: an EPR, assessment or CAPABILITY
 * target's count of organisations, a REPORTED target's latest observation on or before today (nothing
 * interpolated), and each milestone judged. An admin records a REPORTED target's observation (date, percent,
 * source) with a form; refused input shows a GOV.UK error summary and stores nothing.
 */
@Controller
public class TargetPages {

    /** What the observation form shows: the figure as typed, so a rejected form keeps it. */
    public record ObservationForm(DateInput observedOn, String percent, String source) {
    }

    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(5);

    private final QuerySender ask;
    private final Commands commands;
    private final People people;
    private final Clock clock;

    public TargetPages(QuerySender ask, Commands commands, People people, Clock clock) {
        this.ask = ask;
        this.commands = commands;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/targets")
    @PreAuthorize("@scope.grants('EVERYONE')")
    public String targets(Model model) {
        model.addAttribute("targets", ask.list(new ListTargets(), TargetView.class));
        return "targets/list";
    }

    @GetMapping("/targets/{id}")
    @PreAuthorize("@scope.grants('EVERYONE')")
    public String target(@PathVariable String id, Model model) {
        return page(find(id), new ObservationForm(DateInput.of(null), null, null), new FormErrors(), model);
    }

    @PostMapping("/targets/{id}/observations")
    @PreAuthorize("@scope.grants('ADMIN')")
    public String observe(@PathVariable String id,
                          @RequestParam(name = "observedOn-day", required = false) String day,
                          @RequestParam(name = "observedOn-month", required = false) String month,
                          @RequestParam(name = "observedOn-year", required = false) String year,
                          @RequestParam(required = false) String percent, @RequestParam(required = false) String source,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TargetView target = find(id);
        DateInput date = new DateInput(day, month, year);
        ObservationForm form = new ObservationForm(date, percent, source);
        FormErrors errors = new FormErrors();
        LocalDate observedOn = null;
        try {
            observedOn = date.parse("The date observed");
            if (observedOn == null) {
                errors.add("observedOn-day", "Enter the date observed");
            }
        } catch (DateInput.InvalidDate invalid) {
            errors.add("observedOn-day", invalid.getMessage());
        }
        BigDecimal value = null;
        try {
            value = percent == null || percent.isBlank() ? null : new BigDecimal(percent.strip());
        } catch (NumberFormatException notANumber) {
            value = null;
        }
        if (value == null) {
            errors.add("percent", "Enter the percentage as a number from 0 to 100, for example 68.5");
        }
        if (errors.isEmpty()) {
            try {
                commands.send(new RecordObservation(TargetId.of(id), observedOn, value, source), id);
                awaitObservations(id, target.observations().size() + 1);
                redirect.addFlashAttribute("saved", "Observation recorded");
                return "redirect:/targets/" + id;
            } catch (RuleViolation rejected) {
                String field = rejected.field() == null ? "percent" : switch (rejected.field()) {
                    case "observedOn" -> "observedOn-day";
                    case "source" -> "source";
                    default -> "percent";
                };
                errors.add(field, rejected.getMessage());
            }
        }
        response.setStatus(422);
        return page(target, form, errors, model);
    }

    private String page(TargetView target, ObservationForm form, FormErrors errors, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("target", target);
        model.addAttribute("today", today);
        model.addAttribute("progress", ask.one(new FindTargetProgress(TargetId.of(target.targetId()), today,
                Scope.NATIONAL), TargetProgressView.class).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayObserve", target.metric() == uk.nhs.dma.core.target.Metric.REPORTED
                && people.current() != null && people.current().has("ADMIN"));
        return "targets/target";
    }

    private TargetView find(String id) {
        try {
            return ask.one(new FindTarget(TargetId.of(id)), TargetView.class)
                    .orElseThrow(() -> new PageNotFound("There is no target " + id + "."));
        } catch (RuleViolation malformed) {
            throw new PageNotFound("There is no target " + id + ".");
        }
    }

    private void awaitObservations(String id, int count) {
        BoundedWait.until(() -> find(id).observations().size() >= count, READ_YOUR_WRITES, 25);
    }
}
