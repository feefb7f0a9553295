package uk.nhs.dma.seeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;

/**
 * Answers a level-gated framework element by element: each domain gets a level drawn around its measure's expected
 * score; every element up to that level is met, the next level's is not, and those above it are met now and then
 * (they do not count, which is what the gate means).
 */
final class LevelGatedAnswers {

    static final double NOISE = 0.6;
    static final double MET_ABOVE_THE_GATE = 0.3;

    private LevelGatedAnswers() {
    }

    static List<Answer> answers(FrameworkDefinition framework, ToDoubleFunction<String> expected, Random random) {
        List<Answer> answers = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            long level = Math.max(1, Math.min(5, Math.round(expected.applyAsDouble(domain.measureId())
                    + NOISE * random.nextGaussian())));
            for (Question element : elements(framework, domain.id())) {
                boolean met = element.level() <= level
                        || element.level() > level + 1 && random.nextDouble() < MET_ABOVE_THE_GATE;
                answers.add(new Answer(element.id(), met ? element.maxScore() : element.minScore(), null));
            }
        }
        return answers;
    }

    /** Each domain of these answers a level lower: the element at its level is marked not met. */
    static List<Answer> lowered(FrameworkDefinition framework, List<Answer> ofMeasure, String note) {
        List<Answer> changed = new ArrayList<>();
        List<String> domains = ofMeasure.stream().map(a -> framework.question(a.questionId()).orElseThrow().domainId())
                .distinct().toList();
        for (String domainId : domains) {
            Question top = null;
            for (Question element : elements(framework, domainId)) {
                boolean met = ofMeasure.stream().anyMatch(a -> a.questionId().equals(element.id())
                        && element.metBy(a.score()));
                if (!met) {
                    break;
                }
                top = element;
            }
            if (top != null) {
                changed.add(new Answer(top.id(), top.minScore(), note));
            }
        }
        return changed.isEmpty() ? List.of(new Answer(ofMeasure.get(0).questionId(), 0, note)) : changed;
    }

    private static List<Question> elements(FrameworkDefinition framework, String domainId) {
        return framework.questionsOfDomain(domainId).stream().sorted(Comparator.comparing(Question::level)).toList();
    }
}
