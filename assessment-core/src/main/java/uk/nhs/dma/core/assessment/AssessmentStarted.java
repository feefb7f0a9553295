package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;

/** The organisation's type says which of the framework's sets it answers; null in events stored before. */
@JsonTypeName("AssessmentStarted")
public record AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                                LocalDate assessedOn, int revision,
                                @JsonInclude(JsonInclude.Include.NON_NULL) OrganisationType organisationType)
        implements AssessmentEvent {

    public AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                             LocalDate assessedOn, int revision) {
        this(assessmentId, odsCode, year, frameworkId, assessedOn, revision, null);
    }

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
