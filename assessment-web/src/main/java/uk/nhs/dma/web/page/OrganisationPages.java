package uk.nhs.dma.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.StartAssessment;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.projections.evidence.CarryForwardSource;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.Person;

/**
 * A trust's assessments year by year, and starting this year's, copied forward from last year's answers and
 * evidence (each carried answer to be confirmed or changed before submission).
 */
@Controller
public class OrganisationPages {

    /** One organisation on a page: its assessments (newest first) and whether this year's may be started. */
    public record Summary(OrganisationView organisation, List<AssessmentView> assessments, Integer thisYear,
                          boolean canStart) {
    }

    private final Reads reads;
    private final People people;
    private final Commands commands;
    private final CarryForwardSource lastYear;

    public OrganisationPages(Reads reads, People people, Commands commands, CarryForwardSource lastYear) {
        this.reads = reads;
        this.people = people;
        this.commands = commands;
        this.lastYear = lastYear;
    }

    /** The organisations of the person's scope, for the home page (none listed for an unlimited scope). */
    public List<Summary> mine(Person person) {
        List<Summary> summaries = new ArrayList<>();
        if (person != null && !person.seesEveryOrganisation()) {
            person.odsCodes().stream().sorted().forEach(ods -> reads.organisation(ods)
                    .ifPresent(org -> summaries.add(summary(org))));
        }
        return summaries;
    }

    @GetMapping("/organisations")
    @PreAuthorize("isAuthenticated()")
    public String find(@RequestParam(required = false) String ods) {
        String code = ods == null ? "" : ods.strip().toUpperCase();
        return code.isEmpty() ? "redirect:/" : "redirect:/organisations/" + code;
    }

    @GetMapping("/organisations/{ods}")
    @PreAuthorize("@scope.readsOrganisation(#ods)")
    public String organisation(@PathVariable String ods, Model model) {
        model.addAttribute("summary", summary(readable(ods)));
        model.addAttribute("capabilities", reads.capabilities(ods));
        model.addAttribute("errors", new FormErrors());
        return "organisation";
    }

    @PostMapping("/organisations/{ods}/assessments")
    @PreAuthorize("@scope.actsForOrganisation('SUBMITTER', #ods)")
    public String start(@PathVariable String ods, Model model, RedirectAttributes redirect) {
        OrganisationView organisation = readable(ods);
        Optional<FrameworkDefinition> framework = reads.latestFramework();
        try {
            FrameworkDefinition thisYear = framework.orElseThrow(() ->
                    RuleViolation.unknown("frameworkId", "No framework is published yet."));
            // last year's answers and evidence come with the start, each answer marked to confirm or change
            StartAssessment start = lastYear.copyingLastYear(new StartAssessment(OdsCode.of(ods),
                    thisYear.assessmentYear(), thisYear.frameworkId(), null));
            String id = start.assessmentId().value();
            long version = commands.send(start, id);
            int copied = start.carried() == null ? 0 : start.carried().answers().size();
            reads.assessmentAtLeast(id, version);
            redirect.addFlashAttribute("started", thisYear.assessmentYear());
            redirect.addFlashAttribute("copied", copied);
            return "redirect:/assessments/" + id;
        } catch (RuleViolation rejected) {
            model.addAttribute("summary", summary(organisation));
            model.addAttribute("errors", new FormErrors().add("start", rejected.getMessage()));
            return "organisation";
        }
    }

    private OrganisationView readable(String ods) {
        OrganisationView organisation = reads.organisation(ods)
                .orElseThrow(() -> new PageNotFound("There is no organisation " + ods + "."));
        return organisation;
    }

    private Summary summary(OrganisationView organisation) {
        List<AssessmentView> assessments = reads.assessments(organisation.odsCode());
        Integer thisYear = reads.latestFramework().map(FrameworkDefinition::assessmentYear).orElse(null);
        boolean canStart = thisYear != null && people.may("SUBMITTER", organisation.odsCode())
                && assessments.stream().noneMatch(a -> a.year() == thisYear && a.status() != AssessmentStatus.WITHDRAWN);
        return new Summary(organisation, assessments, thisYear, canStart);
    }
}
