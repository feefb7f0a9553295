package uk.nhs.dma.core.assessment;

import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.query.PageRequest;

/** Assessments filtered by organisation, year and status (nulls: any). Answered with a page of views. */
public record ListAssessments(OdsCode odsCode, Integer year, AssessmentStatus status, PageRequest page) {
}
