package uk.nhs.dma.core.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;

/**
 * Which of last year's answers carry on into this year's framework (as the organisation's type answers it): those
 * to a question with the same id, or to a question that names it among those it replaces, that still accepts the
 * score (a question whose range changed starts unanswered), with their comments, under this year's id. When
 * several earlier answers lead to one question, the first carries on.
 */
public final class CarryForward {

    private CarryForward() {
    }

    public static List<Answer> answers(Collection<Answer> lastYear, FrameworkDefinition thisYear) {
        Map<String, Answer> carried = new LinkedHashMap<>();
        lastYear.stream().filter(Objects::nonNull).forEach(answer -> successor(answer.questionId(), thisYear)
                .filter(question -> question.accepts(answer.score()))
                .ifPresent(question -> carried.putIfAbsent(question.id(),
                        new Answer(question.id(), answer.score(), answer.comment()))));
        return List.copyOf(carried.values());
    }

    /** This year's question for an earlier question id: the same id, else the one that replaces it. */
    public static Optional<Question> successor(String earlierId, FrameworkDefinition thisYear) {
        return thisYear.question(earlierId)
                .or(() -> thisYear.questions().stream().filter(q -> q.follows(earlierId)).findFirst());
    }
}
