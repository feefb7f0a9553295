package uk.nhs.dma.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.plan.CarriedPlan;
import uk.nhs.dma.core.plan.FindCarriedPlans;
import uk.nhs.dma.projections.support.QuerySender;

/**
 * What a draft's task list and measure pages show of last year's improvement plans: each planned measure's plan with
 * its target and open actions (overdue ones flagged by the domain's clock), from the read model.
 */
@Component
public class CarriedPlansModel {

    private final QuerySender queries;
    private final Clock clock;

    public CarriedPlansModel(QuerySender queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Adds {@code carriedPlans}, all of them or only the named measure's when {@code measureId} is not null, and
     * {@code measureNames} (id to name, from the assessment's framework).
     */
    public void addTo(Model model, AssessmentView view, FrameworkDefinition framework, String measureId) {
        List<CarriedPlan> plans = queries.list(new FindCarriedPlans(OdsCode.of(view.odsCode()), view.year(), null,
                LocalDate.now(clock)), CarriedPlan.class);
        model.addAttribute("carriedPlans", measureId == null ? plans
                : plans.stream().filter(p -> p.measureId().equals(measureId)).toList());
        Map<String, String> names = new LinkedHashMap<>();
        framework.measures().forEach(m -> names.put(m.id(), m.name()));
        model.addAttribute("measureNames", names);
    }
}
