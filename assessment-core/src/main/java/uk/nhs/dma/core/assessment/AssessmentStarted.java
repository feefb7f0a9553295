package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

@JsonTypeName("AssessmentStarted")
public record AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                                LocalDate assessedOn, int revision) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
