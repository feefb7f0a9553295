package uk.nhs.dma.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.plan.FindOverdueActions;
import uk.nhs.dma.core.plan.OverdueActionsView;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.web.page.PageForbidden;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.Scopes;

/**
 * Overdue improvement actions for regional and national teams: a scope they cover (a regional analyst's region by
 * default), actions due before a date (today by default) and not done or dropped, with the API's CSV to download.
 */
@Controller
public class OverduePage {

    private final QuerySender queries;
    private final Scopes scopes;
    private final People people;
    private final Clock clock;

    public OverduePage(QuerySender queries, Scopes scopes, People people, Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/plans/overdue")
    @PreAuthorize("@scope.grants('ANALYSTS')")
    public String overdue(@RequestParam(required = false) String scope, @RequestParam(required = false) String before,
                          Model model) {
        List<Scope> visible = scopes.visible();
        if (visible.isEmpty()) {
            throw new PageForbidden("Only analysts, auditors and administrators see overdue actions.");
        }
        Scope chosen;
        LocalDate date;
        try {
            chosen = scope == null || scope.isBlank() ? visible.get(0) : Scope.parse(scope);
            date = before == null || before.isBlank() ? LocalDate.now(clock) : LocalDate.parse(before.strip());
        } catch (RuleViolation | DateTimeParseException malformed) {
            throw new PageNotFound("There is no such list of overdue actions.");
        }
        if (!scopes.covers(chosen)) {
            throw new PageForbidden("Your role does not cover " + chosen + ".");
        }
        OverdueActionsView view = queries.exactly(new FindOverdueActions(chosen, date, null, null),
                OverdueActionsView.class);
        // the rows of the organisations the person may read; the API's CSV applies the same rule
        Set<String> readable = view.actions().stream().map(OverdueActionsView.Row::odsCode).distinct()
                .filter(people::mayRead).collect(Collectors.toSet());
        model.addAttribute("view", view);
        model.addAttribute("rows", view.actions().stream().filter(r -> readable.contains(r.odsCode())).toList());
        model.addAttribute("scope", chosen.toString());
        model.addAttribute("before", date);
        model.addAttribute("visible", visible.stream().map(Scope::toString).toList());
        return "plan/overdue";
    }
}
