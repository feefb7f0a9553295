package uk.nhs.dma.core.assessment;

import java.util.List;

public record AnswersRecorded(AssessmentId assessmentId, int revision, List<Answer> answers) {
}
