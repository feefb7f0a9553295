package uk.nhs.dma.core.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;

/**
 * The scoring rule, a pure function: a measure's score is the mean of its answered questions' scores; the
 * overall score is the mean of the measure scores. Scores carry four decimal places (half-even), and the
 * capability rules compare those stored values, so a recomputation always gives the same verdict.
 */
public final class Scoring {

    public static final int SCALE = 4;

    private Scoring() {
    }

    public static Scores score(FrameworkDefinition framework, Collection<Answer> answers) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        for (String measureId : framework.measureIds()) {
            List<String> questionIds = framework.questionsOf(measureId).stream().map(Question::id).toList();
            List<Integer> scores = answers.stream()
                    .filter(a -> questionIds.contains(a.questionId()))
                    .map(Answer::score)
                    .toList();
            if (scores.isEmpty()) {
                throw RuleViolation.conflict("measure-unanswered",
                        "measure '" + measureId + "' has no answered question, so it has no score");
            }
            measures.put(measureId, mean(scores.stream().map(BigDecimal::valueOf).toList()));
        }
        return new Scores(measures, mean(List.copyOf(measures.values())));
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_EVEN);
    }
}
