package uk.nhs.dma.core.assessment;

import java.util.List;

/** One page of assessments, and how many match in all. */
public record AssessmentPage(List<AssessmentView> items, long total) {
}
