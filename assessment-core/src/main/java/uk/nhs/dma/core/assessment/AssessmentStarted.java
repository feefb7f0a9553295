package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * The organisation's type says which of the framework's sets it answers; null in events stored before. A start
 * that copies last year forward names that assessment ({@code carriedFrom}) and holds the answers it carried, each
 * to be confirmed or changed before submission; events stored before have neither, which reads as a start from
 * nothing, as it was.
 */
@JsonTypeName("AssessmentStarted")
public record AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                                LocalDate assessedOn, int revision,
                                @JsonInclude(JsonInclude.Include.NON_NULL) OrganisationType organisationType,
                                @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentId carriedFrom,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Answer> carriedAnswers)
        implements AssessmentEvent {

    public AssessmentStarted {
        carriedAnswers = carriedAnswers == null ? List.of() : List.copyOf(carriedAnswers);
    }

    public AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                             LocalDate assessedOn, int revision, OrganisationType organisationType) {
        this(assessmentId, odsCode, year, frameworkId, assessedOn, revision, organisationType, null, List.of());
    }

    public AssessmentStarted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                             LocalDate assessedOn, int revision) {
        this(assessmentId, odsCode, year, frameworkId, assessedOn, revision, null);
    }

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
