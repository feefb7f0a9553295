package uk.nhs.dma.core.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import uk.nhs.dma.core.framework.FrameworkDefinition;

/**
 * Which of last year's answers carry on into this year's framework: those to a question with the same id that
 * still accepts the score (a question whose range changed starts unanswered), with their comments.
 */
public final class CarryForward {

    private CarryForward() {
    }

    public static List<Answer> answers(Collection<Answer> lastYear, FrameworkDefinition thisYear) {
        return lastYear.stream()
                .filter(Objects::nonNull)
                .filter(answer -> thisYear.question(answer.questionId())
                        .filter(question -> question.accepts(answer.score())).isPresent())
                .toList();
    }
}
