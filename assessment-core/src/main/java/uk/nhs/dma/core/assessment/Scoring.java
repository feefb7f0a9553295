package uk.nhs.dma.core.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.ScoringMethod;

/**
 * The scoring rules, pure functions of a framework (as the organisation's type answers it) and the answers, by the
 * framework's {@link ScoringMethod}. MEAN: a measure's score is the mean of its answered questions' scores, a
 * domain's the mean of its answered questions'. LEVEL_GATED: a domain's score is its {@link LevelGating} level (an
 * element is met when answered with its top score; unanswered, it is not), a measure's the mean of its domains'.
 * Either way the overall score is the mean of the measure scores. Scores carry four decimal places (half-even), and
 * the capability rules compare those stored values, so a recomputation always gives the same verdict.
 */
public final class Scoring {

    public static final int SCALE = 4;

    private Scoring() {
    }

    public static Scores score(FrameworkDefinition framework, Collection<Answer> answers) {
        Map<String, Integer> given = answers.stream()
                .collect(Collectors.toMap(Answer::questionId, Answer::score, (a, b) -> b));
        return switch (framework.scoring()) {
            case MEAN -> mean(framework, given);
            case LEVEL_GATED -> levelGated(framework, given);
        };
    }

    private static Scores mean(FrameworkDefinition framework, Map<String, Integer> given) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        for (String measureId : framework.measureIds()) {
            List<BigDecimal> scores = answered(framework.questionsOf(measureId), given);
            if (scores.isEmpty()) {
                throw unanswered(measureId);
            }
            measures.put(measureId, mean(scores));
        }
        Map<String, BigDecimal> domains = new LinkedHashMap<>();
        for (Domain domain : framework.domains()) {
            List<BigDecimal> scores = answered(framework.questionsOfDomain(domain.id()), given);
            if (!scores.isEmpty()) {
                domains.put(domain.id(), mean(scores));
            }
        }
        return new Scores(measures, mean(List.copyOf(measures.values())), domains);
    }

    private static Scores levelGated(FrameworkDefinition framework, Map<String, Integer> given) {
        Map<String, BigDecimal> domains = new LinkedHashMap<>();
        for (Domain domain : framework.domains()) {
            Map<Integer, List<Boolean>> metByLevel = new TreeMap<>();
            for (Question element : framework.questionsOfDomain(domain.id())) {
                Integer score = given.get(element.id());
                metByLevel.computeIfAbsent(element.level(), l -> new ArrayList<>())
                        .add(score != null && element.metBy(score));
            }
            if (!metByLevel.isEmpty()) {
                domains.put(domain.id(), BigDecimal.valueOf(LevelGating.score(metByLevel)).setScale(SCALE));
            }
        }
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        Map<String, String> measureOf = framework.domains().stream()
                .collect(Collectors.toMap(Domain::id, Domain::measureId));
        for (String measureId : framework.measureIds()) {
            List<BigDecimal> scores = domains.entrySet().stream()
                    .filter(e -> measureId.equals(measureOf.get(e.getKey()))).map(Map.Entry::getValue).toList();
            if (scores.isEmpty()) {
                throw unanswered(measureId);
            }
            measures.put(measureId, mean(scores));
        }
        return new Scores(measures, mean(List.copyOf(measures.values())), domains);
    }

    private static List<BigDecimal> answered(List<Question> questions, Map<String, Integer> given) {
        return questions.stream().map(Question::id).filter(given::containsKey)
                .map(id -> BigDecimal.valueOf(given.get(id))).toList();
    }

    private static RuntimeException unanswered(String measureId) {
        return RuleViolation.conflict("measure-unanswered",
                "measure '" + measureId + "' has no answered question, so it has no score");
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_EVEN);
    }
}
