package uk.nhs.dma.web.dashboard;

import uk.nhs.dma.projections.support.QuerySender;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentPage;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.assessment.ReturnAssessment;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FindFramework;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.web.page.PageNotFound;
import uk.nhs.dma.web.port.Commands;
import uk.nhs.dma.web.port.People;
import uk.nhs.dma.web.port.StaleVersion;

/**
 * One trust for analysts: its trajectory toward core capability (chart and year-on-year table), its assessments,
 * and "Return for changes" with a reason on a submitted one (the API's ReturnAssessment, same roles and scope).
 */
@Controller
public class TrustController {


    private final QuerySender ask;
    private final Charts charts;
    private final People people;
    private final Commands commands;
    private final Clock clock;
    private final Benchmarks benchmarks;

    public TrustController(QuerySender ask, Charts charts, People people, Commands commands, Clock clock,
                           Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
        this.ask = ask;
        this.charts = charts;
        this.people = people;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/dashboard/trusts/{ods}")
    @PreAuthorize("@scope.grants('ANALYSTS') and @scope.readsOrganisation(#ods)")
    public String trust(@PathVariable String ods, @RequestParam(required = false) String knownAt, Model model,
                 HttpServletResponse response) {
        OdsCode code = code(ods);
        Moment moment = Moment.read(null, knownAt, clock);
        OrganisationView organisation = ask.one(new FindOrganisation(code, LocalDate.now(clock)), OrganisationView.class)
                .orElseThrow(() -> new PageNotFound("No organisation '" + code.value() + "' is registered."));
        model.addAttribute("organisation", organisation);
        model.addAttribute("moment", moment);
        model.addAttribute("errors", new LinkedHashMap<>(moment.errors()));
        if (!moment.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "dashboard/trust";
        }
        TrajectoryView trajectory = ask.one(new FindTrajectory(code, moment.knownAt()), TrajectoryView.class)
                .orElseThrow(() -> new PageNotFound("No organisation '" + code.value() + "' is registered."));
        BigDecimal minimum = coreMinimum(trajectory, moment);
        List<Integer> years = chartYears(trajectory);
        Map<String, List<BigDecimal>> trends = trendLines(trajectory, years);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("measures", WgllMeasures.IDS);
        model.addAttribute("coreMinimum", minimum);
        model.addAttribute("chart", charts.trajectory(trajectory, minimum, years, trends));
        benchmarks.trust(model, code, trajectory, moment);
        model.addAttribute("assessments", ask.exactly(new ListAssessments(code, null, null, PageRequest.all()),
                AssessmentPage.class).items());
        model.addAttribute("mayReturn", people.may("REGIONAL_ANALYST", code.value())
                || people.may("NATIONAL_ANALYST", code.value()));
        return "dashboard/trust";
    }

    @PostMapping("/dashboard/assessments/{id}/return")
    @PreAuthorize("@scope.actsOnAssessment('RETURNERS', #id)")
    public String returnForChanges(@PathVariable String id, @RequestParam(required = false) String reason,
                            @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                            RedirectAttributes redirect) {
        AssessmentId assessmentId;
        try {
            assessmentId = AssessmentId.of(id);
        } catch (RuleViolation malformed) {
            throw new PageNotFound("There is no assessment '" + id + "'.");
        }
        String ods = assessmentId.odsCode().value();
        String error = null;
        if (reason == null || reason.isBlank()) {
            error = "Enter the reason for returning the assessment";
        } else {
            try {
                commands.send(new ReturnAssessment(assessmentId, reason.strip(), version), id);
                awaitDraft(assessmentId);
                redirect.addFlashAttribute("returned", id);
                return "redirect:/dashboard/trusts/" + ods;
            } catch (RuleViolation violation) {
                error = violation.getMessage();
            } catch (StaleVersion stale) {
                error = stale.getMessage() + " Look at it again before returning it.";
            }
        }
        String page = trust(ods, null, model, response);
        model.addAttribute("errors", Map.of("reason-" + id, error));
        model.addAttribute("reasonText", reason);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page;
    }

    /**
     * The read model shows a command's event a moment after it is stored: wait (up to 5 s) until the assessment's
     * view shows the new draft revision the return started, so the page shown next already has it.
     */
    private void awaitDraft(AssessmentId id) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            boolean reached = ask.one(new FindAssessment(id, null), AssessmentView.class)
                    .map(a -> a.status() == AssessmentStatus.DRAFT).orElse(false);
            if (reached) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(25));
        }
    }

    private static OdsCode code(String ods) {
        try {
            return OdsCode.of(ods);
        } catch (RuleViolation malformed) {
            throw new PageNotFound("There is no organisation '" + ods + "'.");
        }
    }

    /** The core minimum of the latest submitted year's framework (null with no submission). */
    private BigDecimal coreMinimum(TrajectoryView trajectory, Moment moment) {
        if (trajectory.years().isEmpty()) {
            return null;
        }
        TrajectoryView.Year latest = trajectory.years().get(trajectory.years().size() - 1);
        return ask.one(new FindAssessment(AssessmentId.of(latest.assessmentId()), moment.knownAt()), AssessmentView.class)
                .flatMap(a -> ask.one(new FindFramework(FrameworkId.of(a.frameworkId())), FrameworkView.class))
                .map(f -> f.definition().rules().coreCapability().minMeasureScore()).orElse(null);
    }

    /** The submitted years, continued to the projected core year (at most ten years on) so the trends reach it. */
    static List<Integer> chartYears(TrajectoryView trajectory) {
        List<Integer> years = new ArrayList<>();
        if (trajectory.years().isEmpty()) {
            return years;
        }
        int first = trajectory.years().get(0).year();
        int last = trajectory.years().get(trajectory.years().size() - 1).year();
        Integer projected = trajectory.projectedCoreYear();
        int end = projected == null ? last : Math.min(Math.max(last, projected), last + 10);
        for (int y = first; y <= end; y++) {
            years.add(y);
        }
        return years;
    }

    /**
     * Each measure's least-squares line at every chart year: it passes through the mean year and mean score with
     * the slope the trajectory reports. None for a measure without a slope (fewer than two years).
     */
    static Map<String, List<BigDecimal>> trendLines(TrajectoryView trajectory, List<Integer> years) {
        Map<String, List<BigDecimal>> lines = new LinkedHashMap<>();
        for (String measure : WgllMeasures.IDS) {
            BigDecimal slope = trajectory.trend() == null ? null : trajectory.trend().get(measure);
            List<TrajectoryView.Year> scored = trajectory.years().stream()
                    .filter(y -> y.measures().get(measure) != null).toList();
            if (slope == null || scored.size() < 2) {
                continue;
            }
            double meanYear = scored.stream().mapToInt(TrajectoryView.Year::year).average().orElse(0);
            double meanScore = scored.stream().mapToDouble(y -> y.measures().get(measure).doubleValue()).average().orElse(0);
            lines.put(measure, years.stream().map(y -> BigDecimal.valueOf(meanScore + slope.doubleValue() * (y - meanYear))
                    .setScale(2, RoundingMode.HALF_UP)).toList());
        }
        return lines;
    }

    static boolean returnable(AssessmentView assessment) {
        return assessment.status() == AssessmentStatus.SUBMITTED;
    }
}
