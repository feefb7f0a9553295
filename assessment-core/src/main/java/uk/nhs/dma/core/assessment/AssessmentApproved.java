package uk.nhs.dma.core.assessment;

import java.time.Instant;
import java.time.LocalDate;

public record AssessmentApproved(AssessmentId assessmentId, int revision, String approvedBy, Instant approvedAt,
                                 LocalDate boardDate) {
}
