package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.GENERAL_PRACTICE;
import static uk.nhs.dma.core.organisation.OrganisationType.ICB;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.dma2025;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.metUpTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.testsupport.CareSettingFrameworks;

/** The README's worked example and the rescoring of both methods. */
class LevelGatedScoringTest {

    static final FrameworkDefinition DMA = dma2025().validated();

    static FrameworkDefinition set(OrganisationType type) {
        return DMA.forType(type).orElseThrow();
    }

    static List<Answer> with(List<Answer> answers, Map<String, Integer> changes) {
        List<Answer> changed = new ArrayList<>();
        answers.forEach(a -> changed.add(new Answer(a.questionId(), changes.getOrDefault(a.questionId(), a.score()),
                null)));
        return changed;
    }

    @Test
    void worked_example_a_domain_scores_its_highest_fully_met_level_and_a_measure_the_mean_of_its_domains() {
        // acute: every element met up to level 3, except well-led's P2b (so well-led's domain scores 1) and
        // smart foundations' level 4 element met as well (its domain scores 4)
        List<Answer> answers = with(metUpTo(DMA, ACUTE, 3), Map.of("WL-P2b", 0, "SF-P4", 1));
        Scores scores = Scoring.score(set(ACUTE), answers);
        assertThat(scores.domains()).containsEntry("WL-P", new BigDecimal("1.0000"))
                .containsEntry("SF-P", new BigDecimal("4.0000")).containsEntry("SP-P", new BigDecimal("3.0000"))
                .doesNotContainKey("WL-I");
        assertThat(scores.measures()).containsEntry("well-led", new BigDecimal("1.0000"))
                .containsEntry("smart-foundations", new BigDecimal("4.0000"));
        // (1 + 4 + 3 * 5) / 7
        assertThat(scores.overall()).isEqualTo(new BigDecimal("2.8571"));
    }

    @Test
    void an_unanswered_element_is_not_met() {
        List<Answer> answers = metUpTo(DMA, ACUTE, 4).stream().filter(a -> !a.questionId().equals("HP-P3")).toList();
        assertThat(Scoring.score(set(ACUTE), answers).domains()).containsEntry("HP-P", new BigDecimal("2.0000"));
    }

    @Test
    void each_type_is_scored_over_its_own_set() {
        Scores icb = Scoring.score(set(ICB), metUpTo(DMA, ICB, 3));
        assertThat(icb.domains()).containsOnlyKeys("WL-I", "SF-I", "SP-I", "PE-I", "EC-I", "IC-I", "HP-I");
        assertThat(icb.overall()).isEqualTo(new BigDecimal("3.0000"));
        Scores practice = Scoring.score(set(GENERAL_PRACTICE), metUpTo(DMA, GENERAL_PRACTICE, 2));
        assertThat(practice.overall()).isEqualTo(new BigDecimal("2.0000"));
    }

    @Test
    void a_mean_framework_with_domains_scores_measures_as_before_and_reports_domain_means() {
        FrameworkDefinition mean = CareSettingFrameworks.dma2025(ScoringMethod.MEAN).validated()
                .forType(ICB).orElseThrow();
        List<Answer> answers = mean.questions().stream()
                .map(q -> new Answer(q.id(), q.id().endsWith("2") ? 2 : 5, null)).toList();
        Scores scores = Scoring.score(mean, answers);
        assertThat(scores.domains()).containsEntry("WL-I", new BigDecimal("3.5000"));
        assertThat(scores.measures()).containsEntry("well-led", new BigDecimal("3.5000"));
    }

    static AssessmentSubmitted submission(Scores scores, List<Answer> answers, ScoringMethod method) {
        return new AssessmentSubmitted(AssessmentId.of("RJ1-2025"), OdsCode.of("RJ1"), 2025, DMA.frameworkId(), 1,
                LocalDate.of(2025, 3, 31), answers, null, scores, DMA.rules(), false, false, "alice",
                Instant.parse("2025-04-01T10:00:00Z"), method, ACUTE);
    }

    @Test
    void rescoring_a_level_gated_submission_recomputes_its_domains() {
        List<Answer> answers = metUpTo(DMA, ACUTE, 3);
        Scores scores = Scoring.score(set(ACUTE), answers);
        assertThat(Rescore.discrepancy(submission(scores, answers, ScoringMethod.LEVEL_GATED), DMA)).isEmpty();

        Map<String, BigDecimal> tampered = new LinkedHashMap<>(scores.domains());
        tampered.put("WL-P", new BigDecimal("4.0000"));
        assertThat(Rescore.discrepancy(submission(new Scores(scores.measures(), scores.overall(), tampered), answers,
                ScoringMethod.LEVEL_GATED), DMA)).hasValueSatisfying(r -> assertThat(r).contains("domain scores"));
        assertThat(Rescore.discrepancy(submission(scores, answers, ScoringMethod.MEAN), DMA))
                .hasValueSatisfying(r -> assertThat(r).contains("scored MEAN"));
    }
}
