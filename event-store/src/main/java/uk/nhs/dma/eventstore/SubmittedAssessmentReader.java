package uk.nhs.dma.eventstore;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.plan.SubmittedAssessments;
import uk.nhs.dma.core.plan.SubmittedMeasures;

/**
 * Reads an assessment's latest submission from its own stream, inside the running command's unit of work, for the
 * improvement plan's rules. From the first event, never a snapshot: the submission is an event, not state.
 */
@Component
public class SubmittedAssessmentReader implements SubmittedAssessments {

    private final ObjectProvider<org.axonframework.config.Configuration> axon;

    public SubmittedAssessmentReader(ObjectProvider<org.axonframework.config.Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<SubmittedMeasures> latest(AssessmentId assessmentId) {
        return axon.getObject().eventStore().readEvents(assessmentId.value(), 0L).asStream()
                .map(DomainEventMessage::getPayload)
                .filter(AssessmentSubmitted.class::isInstance).map(AssessmentSubmitted.class::cast)
                .reduce((earlier, later) -> later)
                .map(s -> new SubmittedMeasures(s.revision(), s.scores().measures(), s.rules().coreCapability()));
    }
}
