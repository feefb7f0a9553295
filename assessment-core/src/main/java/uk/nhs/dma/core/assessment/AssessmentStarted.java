package uk.nhs.dma.core.assessment;

import java.time.LocalDate;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

public record AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                                LocalDate assessedOn, int revision) {
}
