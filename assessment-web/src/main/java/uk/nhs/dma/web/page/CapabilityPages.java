package uk.nhs.dma.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityRecordId;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclareCapability;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.projections.support.BoundedWait;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.People;

/**
 * An organisation's declared capabilities: every declaration with its history, and (for an admin or a submitter
 * of the organisation, as the API allows) a form to declare one. A refused declaration stores nothing and shows
 * the rule's message in an error summary and beside its field.
 */
@Controller
public class CapabilityPages {

    /** What the form shows: the declaration as typed, so a rejected form keeps it. */
    public record DeclarationForm(String capability, String status, DateInput effectiveFrom, String note) {
    }

    private static final Duration READ_YOUR_WRITES = Duration.ofSeconds(5);

    private final Reads reads;
    private final People people;
    private final Commands commands;

    public CapabilityPages(Reads reads, People people, Commands commands) {
        this.reads = reads;
        this.people = people;
        this.commands = commands;
    }

    @GetMapping("/organisations/{ods}/capabilities")
    @PreAuthorize("@scope.readsOrganisation(#ods)")
    public String capabilities(@PathVariable String ods, Model model) {
        return page(organisation(ods), new DeclarationForm(null, null, DateInput.of(null), null), new FormErrors(),
                model);
    }

    @PostMapping("/organisations/{ods}/capabilities")
    @PreAuthorize("@scope.actsForOrganisation('DECLARERS', #ods)")
    public String declare(@PathVariable String ods, @RequestParam(required = false) String capability,
                          @RequestParam(required = false) String status,
                          @RequestParam(name = "effectiveFrom-day", required = false) String day,
                          @RequestParam(name = "effectiveFrom-month", required = false) String month,
                          @RequestParam(name = "effectiveFrom-year", required = false) String year,
                          @RequestParam(required = false) String note,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        OrganisationView organisation = organisation(ods);
        DateInput date = new DateInput(day, month, year);
        DeclarationForm form = new DeclarationForm(capability, status, date, note);
        FormErrors errors = new FormErrors();
        Capability chosen = parse(Capability.class, capability);
        if (chosen == null) {
            errors.add("capability", "Select the capability");
        }
        CapabilityStatus chosenStatus = parse(CapabilityStatus.class, status);
        if (chosenStatus == null) {
            errors.add("status", "Select the status");
        }
        LocalDate from = null;
        try {
            from = date.parse("The date it is in force from");
            if (from == null) {
                errors.add("effectiveFrom-day", "Enter the date it is in force from");
            }
        } catch (DateInput.InvalidDate invalid) {
            errors.add("effectiveFrom-day", invalid.getMessage());
        }
        if (errors.isEmpty()) {
            OdsCode code = OdsCode.of(organisation.odsCode());
            int before = reads.capabilities(code.value()).size();
            try {
                commands.send(new DeclareCapability(code, chosen, chosenStatus, from, DraftPages.blankToNull(note)),
                        CapabilityRecordId.of(code, chosen).value());
                awaitDeclarations(code.value(), before + 1);
                redirect.addFlashAttribute("saved", "Capability declared");
                return "redirect:/organisations/" + code.value() + "/capabilities";
            } catch (RuleViolation rejected) {
                String field = rejected.field() == null ? "capability" : switch (rejected.field()) {
                    case "effectiveFrom" -> "effectiveFrom-day";
                    case "status" -> "status";
                    case "note" -> "note";
                    default -> "capability";
                };
                errors.add(field, rejected.getMessage());
            }
        }
        response.setStatus(422);
        return page(organisation, form, errors, model);
    }

    private String page(OrganisationView organisation, DeclarationForm form, FormErrors errors, Model model) {
        String ods = organisation.odsCode();
        model.addAttribute("organisation", organisation);
        model.addAttribute("declarations", reads.capabilities(ods));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayDeclare", people.may("ADMIN", ods) || people.may("SUBMITTER", ods));
        List<Capability> declarable = Arrays.stream(Capability.values())
                .filter(c -> c.declarableBy(organisation.type())).toList();
        model.addAttribute("capabilityChoices", declarable);
        model.addAttribute("statuses", declarable.stream().flatMap(c -> c.statuses().stream()).distinct().toList());
        return "capabilities";
    }

    private OrganisationView organisation(String ods) {
        return reads.organisation(ods).orElseThrow(() -> new PageNotFound("There is no organisation " + ods + "."));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Until the read model lists the declaration just made (or a few seconds pass: the page then shows it later). */
    private void awaitDeclarations(String ods, int count) {
        BoundedWait.until(() -> reads.capabilities(ods).size() >= count, READ_YOUR_WRITES, 25);
    }
}
