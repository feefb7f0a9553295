package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.LevelGating;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.organisation.OrganisationType;

class LevelGatedAnswersTest {

    private final FrameworkDefinition acute = ReferenceCatalogue.frameworks().stream()
            .filter(f -> f.frameworkId().value().equals("dma-2025")).findFirst().orElseThrow().validated()
            .forType(OrganisationType.ACUTE).orElseThrow();

    @Test
    void every_element_of_the_set_is_answered_and_domain_levels_follow_the_expected_score() {
        List<Answer> low = LevelGatedAnswers.answers(acute, m -> 1.5, new Random(1));
        List<Answer> high = LevelGatedAnswers.answers(acute, m -> 4.5, new Random(1));

        assertThat(low).hasSize(acute.questions().size());
        assertThat(mean(levels(low))).isCloseTo(1.5, org.assertj.core.api.Assertions.within(0.35));
        assertThat(mean(levels(high))).isCloseTo(4.5, org.assertj.core.api.Assertions.within(0.35));
    }

    @Test
    void the_peer_reviewers_lowering_takes_each_domain_above_level_1_down_one_level() {
        List<Answer> answers = LevelGatedAnswers.answers(acute, m -> 3.5, new Random(2));
        List<Answer> ofMeasure = answers.stream().filter(a -> a.questionId().startsWith("SP-")).toList();
        List<Answer> lowered = LevelGatedAnswers.lowered(acute, ofMeasure, "peer review");
        Map<String, Integer> before = levels(answers);
        Map<String, Answer> changed = new HashMap<>();
        lowered.forEach(a -> changed.put(a.questionId(), a));
        Map<String, Integer> after = levels(answers.stream().map(a -> changed.getOrDefault(a.questionId(), a)).toList());

        before.forEach((domain, level) -> assertThat(after.get(domain)).as(domain)
                .isEqualTo(domain.startsWith("SP-") && level > 1 ? level - 1 : level));
    }

    private Map<String, Integer> levels(List<Answer> answers) {
        Map<String, Integer> levels = new HashMap<>();
        for (Domain domain : acute.domains()) {
            Map<Integer, List<Boolean>> met = new HashMap<>();
            for (Question q : acute.questionsOfDomain(domain.id())) {
                boolean isMet = answers.stream().anyMatch(a -> a.questionId().equals(q.id()) && q.metBy(a.score()));
                met.computeIfAbsent(q.level(), k -> new java.util.ArrayList<>()).add(isMet);
            }
            levels.put(domain.id(), LevelGating.score(met));
        }
        return levels;
    }

    private static double mean(Map<String, Integer> levels) {
        return levels.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
