package uk.nhs.dma.core.assessment;

import java.time.Instant;

/**
 * Answered with an optional {@link AssessmentView}: as it is now, or (knownAt) as the service would have shown it
 * from the events recorded up to that instant.
 */
public record FindAssessment(AssessmentId assessmentId, Instant knownAt) {

    public FindAssessment(AssessmentId assessmentId) {
        this(assessmentId, null);
    }
}
