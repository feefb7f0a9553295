package uk.nhs.dma.core.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

/** Starts the year's assessment; its id follows from the organisation and the year. */
public record StartAssessment(OdsCode odsCode, Integer year, FrameworkId frameworkId, LocalDate assessedOn) {

    @TargetAggregateIdentifier
    public AssessmentId assessmentId() {
        return odsCode == null || year == null ? null : AssessmentId.of(odsCode, year);
    }
}
