package uk.nhs.dma.api.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.plan.CarriedPlan;

/**
 * An assessment as {@code GET /api/assessments/{id}} answers it: the assessment's own fields, and the improvement
 * plans of the year before carried into it ({@code carriedPlans}, one per planned measure; empty when none).
 */
public record AssessmentWithPlans(@JsonUnwrapped AssessmentView assessment, List<CarriedPlan> carriedPlans) {
}
