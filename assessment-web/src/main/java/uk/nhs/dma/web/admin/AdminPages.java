package uk.nhs.dma.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.Operations;
import uk.nhs.dma.web.port.People;

/**
 * Administration: the projections' status, replays started by a form (CSRF) and followed by a progress bar that
 * htmx refreshes (a refresh link without JavaScript), and the register with its filters.
 */
@Controller
@PreAuthorize("@scope.grants('ADMIN')")
public class AdminPages {

    private final Operations operations;
    private final People people;
    private final QuerySender ask;
    private final Clock clock;

    public AdminPages(Operations operations, People people, QuerySender ask, Clock clock) {
        this.operations = operations;
        this.people = people;
        this.ask = ask;
        this.clock = clock;
    }

    @GetMapping("/admin")
    public String admin(Model model) {
        model.addAttribute("projections", operations.projections());
        model.addAttribute("errors", Map.of());
        return "admin/admin";
    }

    @PostMapping("/admin/replays")
    public String startReplay(Model model, HttpServletResponse response) {
        try {
            return "redirect:/admin/replays/" + operations.startReplay().replayId();
        } catch (RuleViolation refused) {
            model.addAttribute("projections", operations.projections());
            model.addAttribute("errors", Map.of("rebuild", "A replay is already running: wait for it to finish"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "admin/admin";
        }
    }

    @GetMapping("/admin/replays/{id}")
    public String replay(@PathVariable String id, Model model) {
        model.addAttribute("replay", find(id));
        return "admin/replay";
    }

    /** The progress bar alone, for htmx to swap in while the replay runs. */
    @GetMapping("/admin/replays/{id}/progress")
    public String replayProgress(@PathVariable String id, Model model) {
        model.addAttribute("replay", find(id));
        return "admin/replay :: progress";
    }

    @GetMapping("/admin/register")
    public String register(@RequestParam(required = false) String type, @RequestParam(required = false) String parent,
                    @RequestParam(required = false) String asOf, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        OrganisationType chosenType = null;
        if (type != null && !type.isBlank()) {
            try {
                chosenType = OrganisationType.valueOf(type);
            } catch (IllegalArgumentException unknown) {
                errors.put("type", "Choose a type from the list");
            }
        }
        OdsCode parentCode = null;
        if (parent != null && !parent.isBlank()) {
            try {
                parentCode = OdsCode.of(parent.strip().toUpperCase());
            } catch (RuleViolation malformed) {
                errors.put("parent", "Enter the parent's ODS code: 2 to 6 letters or digits, for example QOP");
            }
        }
        LocalDate date = LocalDate.now(clock);
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                errors.put("asOf", "Enter as of as a date, for example 2024-03-31");
            }
        }
        model.addAttribute("types", Arrays.stream(OrganisationType.values()).map(Enum::name).toList());
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("parent", parent == null ? "" : parent);
        model.addAttribute("asOf", asOf == null ? "" : asOf);
        model.addAttribute("date", date);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("organisations", List.of());
            return "admin/register";
        }
        model.addAttribute("organisations", ask.exactly(new ListOrganisations(chosenType, parentCode, date,
                PageRequest.all()), OrganisationPage.class).items());
        return "admin/register";
    }

    private Operations.Replay find(String id) {
        return operations.replay(id).orElseThrow(() -> new PageNotFound("There is no replay '" + id + "'."));
    }

}
