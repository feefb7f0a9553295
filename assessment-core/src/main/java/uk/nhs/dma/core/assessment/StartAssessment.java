package uk.nhs.dma.core.assessment;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * Starts the year's assessment; its id follows from the organisation and the year. It may copy an earlier year
 * forward ({@link CarriedForward}: last year's answers and evidence, as {@link CarryForward} maps them).
 */
public record StartAssessment(OdsCode odsCode, Integer year, FrameworkId frameworkId, LocalDate assessedOn,
                              CarriedForward carried) {

    /** What a start copies from an earlier year's assessment. */
    public record CarriedForward(AssessmentId from, List<Answer> answers, List<Evidence> evidence) {

        public CarriedForward {
            answers = answers == null ? List.of() : List.copyOf(answers);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public StartAssessment(OdsCode odsCode, Integer year, FrameworkId frameworkId, LocalDate assessedOn) {
        this(odsCode, year, frameworkId, assessedOn, null);
    }

    @TargetAggregateIdentifier
    public AssessmentId assessmentId() {
        return odsCode == null || year == null ? null : AssessmentId.of(odsCode, year);
    }
}
