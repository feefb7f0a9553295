package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A revision was submitted. It carries everything its verdict rests on: the raw answers, the scores computed
 * from them, the framework's rules at the time and the verdicts, so the result can be recomputed and audited
 * without reading anything else: since the care-setting sets, also the organisation's type (whose set was answered)
 * and the scoring method (events stored before read as MEAN with no type: the framework's one set).
 */
@JsonTypeName("AssessmentSubmitted")
public record AssessmentSubmitted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                                  int revision, LocalDate assessedOn, List<Answer> answers, EprDeclaration epr,
                                  Scores scores, CapabilityRules rules, boolean coreCapability,
                                  boolean foundational, String submittedBy, Instant submittedAt,
                                  ScoringMethod scoring,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) OrganisationType organisationType)
        implements AssessmentEvent {

    public AssessmentSubmitted {
        scoring = scoring == null ? ScoringMethod.MEAN : scoring;
    }

    /** A submission of a framework with one set, scored by the mean (as before the care-setting sets). */
    public AssessmentSubmitted(AssessmentId assessmentId, OdsCode odsCode, int year, FrameworkId frameworkId,
                               int revision, LocalDate assessedOn, List<Answer> answers, EprDeclaration epr,
                               Scores scores, CapabilityRules rules, boolean coreCapability, boolean foundational,
                               String submittedBy, Instant submittedAt) {
        this(assessmentId, odsCode, year, frameworkId, revision, assessedOn, answers, epr, scores, rules,
                coreCapability, foundational, submittedBy, submittedAt, ScoringMethod.MEAN, null);
    }

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
