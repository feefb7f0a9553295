package uk.nhs.dma.projections.assessment;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.AssessmentEvent;
import uk.nhs.dma.projections.testing.Recorded;

/** The assessment projection driven through its event handler. Public for other test packages. */
public final class AssessmentHandlers {

    public final AssessmentProjection assessments;

    public AssessmentHandlers(NamedParameterJdbcTemplate jdbc) {
        this.assessments = new AssessmentProjection(jdbc);
    }

    public boolean deliver(Recorded e) {
        if (e.payload() instanceof AssessmentEvent x) {
            assessments.on(x, e.sequence(), e.timestamp());
            return true;
        }
        return false;
    }

    public void reset() {
        assessments.reset();
    }
}
