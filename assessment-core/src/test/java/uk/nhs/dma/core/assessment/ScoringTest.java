package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.TestFrameworks.answer;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestFrameworks.mandatoryAnswers;
import static uk.nhs.dma.core.testsupport.TestFrameworks.wgll2024;
import static uk.nhs.dma.core.testsupport.Violations.assertViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.common.RuleViolation.Kind;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.WgllMeasures;

class ScoringTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_measure_score_is_the_mean_of_its_answers_at_scale_4() {
        List<Answer> answers = mandatoryAnswers(3, Map.of("WL1", 4, "WL2", 5));

        Scores scores = Scoring.score(wgll2024(), answers);

        assertThat(scores.measures().get("well-led")).isEqualTo(d("4.5000"));
        assertThat(scores.measures().get("smart-foundations")).isEqualTo(d("3.0000"));
        assertThat(scores.measures().values()).allSatisfy(v -> assertThat(v.scale()).isEqualTo(Scoring.SCALE));
    }

    @Test
    void a_repeating_mean_is_rounded_to_4_places() {
        FrameworkDefinition threeQuestions = framework()
                .withQuestion(new Question("WL3", "well-led", "Third", 1, 5, true)).build().validated();
        List<Answer> answers = new ArrayList<>(mandatoryAnswers(3));
        answers.add(answer("WL3", 3));
        answers.replaceAll(a -> a.questionId().equals("WL1") ? answer("WL1", 1) : a);
        answers.replaceAll(a -> a.questionId().equals("WL2") ? answer("WL2", 1) : a);

        // (1 + 1 + 3) / 3 = 1.66666..., rounded to 1.6667
        assertThat(Scoring.score(threeQuestions, answers).measures().get("well-led")).isEqualTo(d("1.6667"));
    }

    @Test
    void a_mean_rounds_half_to_even() {
        assertThat(Scoring.mean(List.of(d("0.0001"), d("0")))).isEqualTo(d("0.0000"));
        assertThat(Scoring.mean(List.of(d("0.0003"), d("0")))).isEqualTo(d("0.0002"));
        assertThat(Scoring.mean(List.of(d("0.0005"), d("0")))).isEqualTo(d("0.0002"));
    }

    @Test
    void the_overall_score_is_the_mean_of_the_measure_means_not_of_all_answers() {
        FrameworkDefinition fourWellLedQuestions = framework()
                .withQuestion(new Question("WL3", "well-led", "Third", 1, 5, true))
                .withQuestion(new Question("WL4", "well-led", "Fourth", 1, 5, true)).build().validated();
        List<Answer> answers = new ArrayList<>(mandatoryAnswers(1, Map.of("WL1", 5, "WL2", 5)));
        answers.add(answer("WL3", 5));
        answers.add(answer("WL4", 5));

        Scores scores = Scoring.score(fourWellLedQuestions, answers);

        // measure means: well-led 5, six others 1 -> (5 + 6) / 7 = 1.571428...; the mean of all 17 answers would be 2.2
        assertThat(scores.measures().get("well-led")).isEqualTo(d("5.0000"));
        assertThat(scores.overall()).isEqualTo(d("1.5714"));
    }

    @Test
    void the_overall_score_is_the_mean_of_the_stored_rounded_measure_scores() {
        FrameworkDefinition threeQuestionsEach = framework()
                .withQuestion(new Question("WL3", "well-led", "Third", 1, 5, true))
                .withQuestion(new Question("SF3", "smart-foundations", "Third", 1, 5, true))
                .build().validated();
        List<Answer> answers = new ArrayList<>(mandatoryAnswers(1, Map.of("WL1", 2, "WL2", 2, "SF1", 2, "SF2", 2)));
        answers.add(answer("WL3", 3));
        answers.add(answer("SF3", 3));

        Scores scores = Scoring.score(threeQuestionsEach, answers);

        // well-led and smart-foundations are 7/3, stored as 2.3333; the other five measures are 1.
        // Mean of the stored scores: 9.6666 / 7 = 1.38094... -> 1.3809.
        // (The unrounded mean 29/21 = 1.38095... would give 1.3810: the verdict must rest on the stored values.)
        assertThat(scores.measures().get("well-led")).isEqualTo(d("2.3333"));
        assertThat(scores.measures().get("smart-foundations")).isEqualTo(d("2.3333"));
        assertThat(scores.overall()).isEqualTo(d("1.3809"));
    }

    @Test
    void measure_scores_follow_the_frameworks_measure_order() {
        Scores scores = Scoring.score(wgll2024(), mandatoryAnswers(2));
        assertThat(scores.measures().keySet()).containsExactlyElementsOf(WgllMeasures.IDS);
    }

    @Test
    void optional_answers_count_when_given() {
        List<Answer> answers = new ArrayList<>(mandatoryAnswers(2));
        answers.add(answer("HP2", 5));

        Scores scores = Scoring.score(wgll2024(), answers);

        assertThat(scores.measures().get("healthy-populations")).isEqualTo(d("3.5000"));
    }

    @Test
    void answers_to_questions_outside_the_framework_are_ignored() {
        List<Answer> answers = new ArrayList<>(mandatoryAnswers(2));
        answers.add(answer("ELSEWHERE", 5));

        Scores scores = Scoring.score(wgll2024(), answers);

        assertThat(scores.measures().values()).containsOnly(d("2.0000"));
        assertThat(scores.overall()).isEqualTo(d("2.0000"));
    }

    @Test
    void a_measure_without_answers_has_no_score_and_is_rejected() {
        List<Answer> answers = mandatoryAnswers(3).stream().filter(a -> !a.questionId().startsWith("IC")).toList();

        assertViolation(() -> Scoring.score(wgll2024(), answers), Kind.CONFLICT, "measure-unanswered");
    }
}
