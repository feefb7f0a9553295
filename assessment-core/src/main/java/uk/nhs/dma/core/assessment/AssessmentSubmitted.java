package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * A revision was submitted. It carries everything its verdict rests on: the raw answers, the scores computed
 * from them, the framework's rules at the time and the verdicts, so the result can be recomputed and audited
 * without reading anything else.
 */
@JsonTypeName("AssessmentSubmitted")
public record AssessmentSubmitted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                                  int revision, LocalDate assessedOn, List<Answer> answers, EprDeclaration epr,
                                  Scores scores, CapabilityRules rules, boolean coreCapability,
                                  boolean foundational, String submittedBy, Instant submittedAt)
        implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
