package uk.nhs.dma.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.nhs.dma.core.assessment.AssessmentPage;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.AuditTrail;
import uk.nhs.dma.web.port.People;

/** For auditors: find a stream, read it as a timeline, verify the chains, and see why a target's figure changed. */
@Controller
@PreAuthorize("@scope.grants('AUDIT')")
public class AuditPages {

    /** A search result: a stream to open, with what it is. */
    public record Found(String aggregateId, String description) {
    }

    private final AuditTrail trail;
    private final People people;
    private final QuerySender ask;
    private final Clock clock;

    public AuditPages(AuditTrail trail, People people, QuerySender ask, Clock clock) {
        this.trail = trail;
        this.people = people;
        this.ask = ask;
        this.clock = clock;
    }

    @GetMapping("/audit")
    public String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        List<Found> found = new ArrayList<>();
        if (!query.isEmpty()) {
            trail.stream(query).ifPresent(s -> found.add(new Found(s.aggregateId(), s.aggregateType() + " stream")));
            String lower = query.toLowerCase(Locale.ROOT);
            for (OrganisationView o : ask.exactly(new ListOrganisations(null, null, LocalDate.now(clock), PageRequest.all()),
                    OrganisationPage.class).items()) {
                if (o.odsCode().equalsIgnoreCase(query) || o.name().toLowerCase(Locale.ROOT).contains(lower)) {
                    if (found.stream().noneMatch(f -> f.aggregateId().equals(o.odsCode()))) {
                        found.add(new Found(o.odsCode(), o.name() + " (" + o.type() + ")"));
                    }
                    for (AssessmentView a : ask.exactly(new ListAssessments(OdsCode.of(o.odsCode()), null, null,
                            PageRequest.all()), AssessmentPage.class).items()) {
                        found.add(new Found(a.assessmentId(), "Assessment " + a.year() + " of " + o.name() + ", "
                                + a.status() + ", revision " + a.revision()));
                    }
                }
                if (found.size() >= 100) {
                    break;
                }
            }
        }
        model.addAttribute("found", found);
        model.addAttribute("searched", !query.isEmpty());
        return "audit/search";
    }

    @GetMapping("/audit/streams/{aggregateId}")
    public String stream(@PathVariable String aggregateId, Model model) {
        AuditTrail.Stream stream = trail.stream(aggregateId)
                .orElseThrow(() -> new PageNotFound("There is no event stream '" + aggregateId + "'."));
        model.addAttribute("stream", stream);
        model.addAttribute("timeline", Timeline.of(stream));
        model.addAttribute("failures", trail.verify(aggregateId));
        return "audit/stream";
    }

    @GetMapping("/audit/verification")
    public String verification(Model model) {
        model.addAttribute("report", trail.verify());
        return "audit/verification";
    }

    @GetMapping("/audit/changes")
    public String changes(@RequestParam(required = false) String target, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) String scope, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("target", blank(target));
        form.put("asOf", blank(asOf));
        form.put("scope", blank(scope));
        form.put("from", blank(from));
        form.put("to", blank(to));
        model.addAttribute("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        if (target == null && from == null) {
            return "audit/changes";
        }
        if (form.get("target").isEmpty()) {
            errors.put("target", "Enter the target's id, for example epr-coverage");
        }
        LocalDate date = parse(form.get("asOf"), LocalDate::parse, "asOf", "Enter as of as a date, for example 2024-03-31", errors);
        Instant since = parse(form.get("from"), Instant::parse, "from", "Enter from as an instant, for example 2024-04-15T09:00:00Z", errors);
        if (form.get("from").isEmpty()) {
            errors.put("from", "Enter from as an instant, for example 2024-04-15T09:00:00Z");
        }
        Instant until = parse(form.get("to"), Instant::parse, "to", "Enter to as an instant, for example 2025-04-15T09:00:00Z", errors);
        if (errors.isEmpty()) {
            try {
                model.addAttribute("changes", trail.changes(form.get("target"), date,
                        form.get("scope").isEmpty() ? null : form.get("scope"), since, until));
            } catch (RuleViolation refused) {
                errors.put(refused.field() != null && form.containsKey(refused.field()) ? refused.field() : "target",
                        refused.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "audit/changes";
    }

    private static <T> T parse(String text, java.util.function.Function<String, T> parser, String field, String message,
                               Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

}
