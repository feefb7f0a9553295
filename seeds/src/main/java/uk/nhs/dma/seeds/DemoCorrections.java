package uk.nhs.dma.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.ScoringMethod;

/** The demo's corrections of a revision: a peer reviewer's lowering and an auditor's raising. */
final class DemoCorrections {

    private DemoCorrections() {
    }

    /** The peer reviewer's correction: one measure's answers a point lower (its domains a level lower). */
    static List<Answer> lowered(FrameworkDefinition framework, List<Answer> answers, Random random) {
        String measure = answers.get(random.nextInt(answers.size())).questionId();
        String prefix = measure.substring(0, Math.max(1, measure.indexOf('-')));
        List<Answer> ofMeasure = answers.stream().filter(a -> a.questionId().startsWith(prefix)).toList();
        if (framework.scoring() == ScoringMethod.LEVEL_GATED) {
            return LevelGatedAnswers.lowered(framework, ofMeasure, "Lowered after peer review");
        }
        return ofMeasure.stream()
                .map(a -> new Answer(a.questionId(), Math.max(1, a.score() - 1), "Lowered after peer review"))
                .toList();
    }

    /** The audit's correction: two answers a point higher (within their scale). */
    static List<Answer> raised(FrameworkDefinition framework, List<Answer> answers, Random random) {
        List<Answer> changed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Answer a = answers.get(random.nextInt(answers.size()));
            int max = framework.question(a.questionId()).map(Question::maxScore).orElse(5);
            if (changed.stream().noneMatch(c -> c.questionId().equals(a.questionId()))) {
                changed.add(new Answer(a.questionId(), Math.min(max, a.score() + 1), "Evidence accepted at audit"));
            }
        }
        return changed;
    }
}
