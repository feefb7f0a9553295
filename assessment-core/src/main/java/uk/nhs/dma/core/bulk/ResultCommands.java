package uk.nhs.dma.core.bulk;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.ApproveAssessment;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.DeclareEpr;
import uk.nhs.dma.core.assessment.RecordAnswers;
import uk.nhs.dma.core.assessment.StartAssessment;
import uk.nhs.dma.core.assessment.SubmitAssessment;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * The commands that store a {@link ResultRow}, each with the user it is sent as: the ones the API takes for the
 * same result (start, answers, EPR, submit, and approve when the row names an approver), so the same rules apply
 * and the same events are stored. The named submitter starts, answers, declares and submits; without one, the
 * importer does. The named approver approves, so four eyes holds between the two names as it would between two
 * people using the API.
 */
public final class ResultCommands {

    /** A command and the user it is sent as. */
    public record Step(Object command, String user) {
    }

    private ResultCommands() {
    }

    public static List<Step> of(ResultRow row, String importer) {
        AssessmentId id = AssessmentId.of(row.assessmentId());
        String submitter = row.submittedBy() != null ? row.submittedBy() : importer;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(new StartAssessment(OdsCode.of(row.odsCode()), row.year(), FrameworkId.of(row.frameworkId()),
                row.assessedOn()), submitter));
        if (!row.answers().isEmpty()) {
            List<Answer> answers = row.answers().entrySet().stream()
                    .map(a -> new Answer(a.getKey(), a.getValue(), null)).toList();
            steps.add(new Step(new RecordAnswers(id, answers, null), submitter));
        }
        steps.add(new Step(new DeclareEpr(id, row.eprStatus(), row.eprSupplier(), row.eprLiveSince(), null), submitter));
        steps.add(new Step(new SubmitAssessment(id, null), submitter));
        if (row.approvedBy() != null) {
            steps.add(new Step(new ApproveAssessment(id, row.boardDate(), null), row.approvedBy()));
        }
        return steps;
    }
}
