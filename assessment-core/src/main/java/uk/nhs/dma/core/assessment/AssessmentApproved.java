package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;

@JsonTypeName("AssessmentApproved")
public record AssessmentApproved(AssessmentId assessmentId, int revision, String approvedBy, Instant approvedAt,
                                 LocalDate boardDate) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
