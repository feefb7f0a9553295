package uk.nhs.dma.projections.assessment;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentApproved;
import uk.nhs.dma.core.assessment.AssessmentReopened;
import uk.nhs.dma.core.assessment.AssessmentReturned;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.EprDeclared;
import uk.nhs.dma.projections.testing.Recorded;

/** The assessment projection driven through its package-private handlers. Public for other test packages. */
public final class AssessmentHandlers {

    public final AssessmentProjection assessments;

    public AssessmentHandlers(NamedParameterJdbcTemplate jdbc) {
        this.assessments = new AssessmentProjection(jdbc, new AssessmentQueries(jdbc));
    }

    public boolean deliver(Recorded e) {
        Object p = e.payload();
        if (p instanceof AssessmentStarted x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof AnswersRecorded x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof EprDeclared x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof AssessmentSubmitted x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof AssessmentApproved x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof AssessmentReturned x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else if (p instanceof AssessmentReopened x) {
            assessments.on(x, e.sequence(), e.timestamp());
        } else {
            return false;
        }
        return true;
    }

    public void reset() {
        assessments.reset();
    }
}
