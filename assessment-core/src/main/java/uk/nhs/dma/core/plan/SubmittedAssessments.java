package uk.nhs.dma.core.plan;

import java.util.Optional;
import uk.nhs.dma.core.assessment.AssessmentId;

/** Lets a plan's command handler read an assessment's latest submitted revision, as recorded by its own events. */
public interface SubmittedAssessments {

    /** Empty when the assessment does not exist or has never been submitted. */
    Optional<SubmittedMeasures> latest(AssessmentId assessmentId);
}
