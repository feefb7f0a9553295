package uk.nhs.dma.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.dma.core.testsupport.TestFrameworks;

class FrameworkDefinitionTest {

    private static CapabilityRules rules(BigDecimal coreMin, List<String> foundationalIds, BigDecimal foundationalMin) {
        return new CapabilityRules(new CoreCapabilityRule(coreMin, true),
                new FoundationalRule(foundationalIds, foundationalMin, true));
    }

    private static Question question(String id, String measureId, int min, int max) {
        return new Question(id, measureId, "Question " + id, min, max, true);
    }

    @Test
    void a_complete_definition_is_valid_and_keeps_its_content() {
        FrameworkDefinition valid = framework().build().validated();

        assertThat(valid.frameworkId()).isEqualTo(TestFrameworks.WGLL_2024);
        assertThat(valid.measureIds()).containsExactlyElementsOf(WgllMeasures.IDS);
        assertThat(valid.questions()).hasSize(14);
        assertThat(valid.questionsOf("well-led")).extracting(Question::id).containsExactly("WL1", "WL2");
        assertThat(valid.question(TestFrameworks.OPTIONAL_QUESTION)).get().extracting(Question::mandatory).isEqualTo(false);
        assertThat(valid.question("NOPE")).isEmpty();
    }

    @Test
    void validation_is_idempotent() {
        FrameworkDefinition once = framework().title(" Title ").build().validated();
        assertThat(once.validated()).isEqualTo(once);
    }

    @Test
    void text_is_trimmed() {
        FrameworkDefinition valid = framework().title("  Title  ")
                .mapMeasures(m -> new Measure(m.id(), " " + m.name() + " "))
                .mapQuestions(q -> new Question(q.id(), q.measureId(), "\t" + q.text() + " ", q.minScore(),
                        q.maxScore(), q.mandatory()))
                .build().validated();

        assertThat(valid.title()).isEqualTo("Title");
        assertThat(valid.measures()).allSatisfy(m -> assertThat(m.name()).isEqualTo("Measure " + m.id()));
        assertThat(valid.questions()).allSatisfy(q -> assertThat(q.text()).isEqualTo("Question " + q.id()));
    }

    @Test
    void framework_id_is_required() {
        assertInvalid(() -> framework().id((FrameworkId) null).build().validated(), "frameworkId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void title_is_required(String title) {
        assertInvalid(() -> framework().title(title).build().validated(), "title");
    }

    @Test
    void title_is_at_most_200_characters() {
        assertThatCode(() -> framework().title("t".repeat(200)).build().validated()).doesNotThrowAnyException();
        assertInvalid(() -> framework().title("t".repeat(201)).build().validated(), "title");
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101})
    void assessment_year_must_be_between_2000_and_2100(int year) {
        assertInvalid(() -> framework().year(year).build().validated(), "assessmentYear");
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2100})
    void assessment_year_bounds_are_inclusive(int year) {
        assertThat(framework().year(year).build().validated().assessmentYear()).isEqualTo(year);
    }

    @Test
    void reference_date_is_required() {
        assertInvalid(() -> framework().referenceDate(null).build().validated(), "referenceDate");
    }

    @Test
    void measures_are_required() {
        assertInvalid(() -> framework().measures(null).build().validated(), "measures");
        assertInvalid(() -> framework().measures(List.of()).build().validated(), "measures");
    }

    @Test
    void all_seven_measures_are_required() {
        assertInvalid(() -> framework().withoutMeasure("healthy-populations")
                .withoutQuestionsOf("healthy-populations").build().validated(), "measures");
    }

    @Test
    void each_measure_appears_only_once() {
        assertInvalid(() -> framework().withMeasure(new Measure("well-led", "Well led again")).build().validated(),
                "measures");
    }

    @Test
    void an_unknown_measure_is_rejected() {
        assertInvalid(() -> framework().withMeasure(new Measure("be-nice", "Be nice")).build().validated(), "measures");
    }

    @Test
    void a_null_measure_is_rejected() {
        List<Measure> measures = new ArrayList<>(framework().build().measures());
        measures.add(null);
        assertInvalid(() -> framework().measures(measures).build().validated(), "measures");
    }

    /** Regression: WgllMeasures.IDS is a List.of(...) list, whose contains(null) throws NullPointerException. */
    @Test
    void a_measure_without_an_id_is_rejected() {
        assertInvalid(() -> framework().withMeasure(new Measure(null, "Nameless")).build().validated(), "measures");
    }

    @Test
    void measure_name_is_required() {
        assertInvalid(() -> framework().mapMeasures(m -> m.id().equals("well-led") ? new Measure(m.id(), " ") : m)
                .build().validated(), "measures.name");
    }

    @Test
    void questions_are_required() {
        assertInvalid(() -> framework().questions(null).build().validated(), "questions");
        assertInvalid(() -> framework().questions(List.of()).build().validated(), "questions");
    }

    @Test
    void a_null_question_is_rejected() {
        List<Question> questions = new ArrayList<>(framework().build().questions());
        questions.add(null);
        assertInvalid(() -> framework().questions(questions).build().validated(), "questions");
    }

    @Test
    void every_measure_needs_at_least_one_question() {
        assertInvalid(() -> framework().withoutQuestionsOf("improve-care").build().validated(), "questions");
    }

    @Test
    void a_question_id_appears_only_once() {
        assertInvalid(() -> framework().withQuestion(question("WL1", "smart-foundations", 1, 5)).build().validated(),
                "questions.id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " WL3", "WL 3", ".WL3", "-WL3", "WL3/a",
            "Q1234567890123456789012345678901234567890"})
    void a_question_id_is_1_to_40_letters_digits_dots_underscores_or_hyphens(String id) {
        assertInvalid(() -> framework().withQuestion(question(id, "well-led", 1, 5)).build().validated(),
                "questions.id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"W", "wl.3_b-c", "Q123456789012345678901234567890123456789"})
    void well_formed_question_ids_are_accepted(String id) {
        assertThat(framework().withQuestion(question(id, "well-led", 1, 5)).build().validated().question(id))
                .isPresent();
    }

    @Test
    void a_question_id_is_required() {
        assertInvalid(() -> framework().withQuestion(question(null, "well-led", 1, 5)).build().validated(),
                "questions.id");
    }

    @Test
    void a_question_must_name_one_of_the_measures() {
        assertInvalid(() -> framework().withQuestion(question("X1", "be-nice", 1, 5)).build().validated(),
                "questions.measureId");
        assertInvalid(() -> framework().withQuestion(question("X1", null, 1, 5)).build().validated(),
                "questions.measureId");
    }

    @ParameterizedTest
    @CsvSource({"-1, 5", "3, 3", "4, 3", "0, 11"})
    void a_question_score_range_needs_0_le_min_lt_max_le_10(int min, int max) {
        assertInvalid(() -> framework().withQuestion(question("X1", "well-led", min, max)).build().validated(),
                "questions.score");
    }

    @Test
    void the_widest_score_range_is_0_to_10() {
        Question wide = framework().withQuestion(question("X1", "well-led", 0, 10)).build().validated()
                .question("X1").orElseThrow();
        assertThat(wide.accepts(0)).isTrue();
        assertThat(wide.accepts(10)).isTrue();
        assertThat(wide.accepts(-1)).isFalse();
        assertThat(wide.accepts(11)).isFalse();
    }

    @Test
    void question_text_is_required() {
        assertInvalid(() -> framework().withQuestion(new Question("X1", "well-led", "  ", 1, 5, true)).build()
                .validated(), "questions.text");
    }

    @Test
    void missing_rules_default_to_the_published_defaults() {
        assertThat(framework().rules(null).build().validated().rules()).isEqualTo(CapabilityRules.defaults());
        assertThat(framework().rules(new CapabilityRules(null, null)).build().validated().rules())
                .isEqualTo(CapabilityRules.defaults());
    }

    @Test
    void missing_parts_of_a_rule_default_individually() {
        CapabilityRules partial = new CapabilityRules(new CoreCapabilityRule(null, false),
                new FoundationalRule(null, new BigDecimal("2.5"), false));

        CapabilityRules valid = framework().rules(partial).build().validated().rules();

        assertThat(valid.coreCapability()).isEqualTo(new CoreCapabilityRule(new BigDecimal("3.00"), false));
        assertThat(valid.foundational()).isEqualTo(new FoundationalRule(
                List.of("smart-foundations", "safe-practice"), new BigDecimal("2.50"), false));
    }

    @Test
    void rule_thresholds_are_normalised_to_scale_2_so_3_and_3_point_0_compare_equal() {
        FrameworkDefinition withThree = framework()
                .rules(rules(new BigDecimal("3"), List.of("safe-practice"), new BigDecimal("3"))).build().validated();
        FrameworkDefinition withThreePointZero = framework()
                .rules(rules(new BigDecimal("3.0"), List.of("safe-practice"), new BigDecimal("3.000"))).build()
                .validated();

        assertThat(withThree).isEqualTo(withThreePointZero);
        assertThat(withThree.rules().coreCapability().minMeasureScore()).isEqualTo(new BigDecimal("3.00"));
        assertThat(withThree.rules().foundational().minMeasureScore()).isEqualTo(new BigDecimal("3.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10.01", "11"})
    void core_minimum_score_must_be_above_0_and_at_most_10(String min) {
        assertInvalid(() -> framework().rules(rules(new BigDecimal(min), null, null)).build().validated(),
                "rules.coreCapability.minMeasureScore");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "10.5"})
    void foundational_minimum_score_must_be_above_0_and_at_most_10(String min) {
        assertInvalid(() -> framework().rules(rules(null, null, new BigDecimal(min))).build().validated(),
                "rules.foundational.minMeasureScore");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "10"})
    void minimum_score_bounds_are_accepted(String min) {
        CapabilityRules valid = framework().rules(rules(new BigDecimal(min), null, new BigDecimal(min))).build()
                .validated().rules();
        assertThat(valid.coreCapability().minMeasureScore()).isEqualByComparingTo(min);
        assertThat(valid.foundational().minMeasureScore()).isEqualByComparingTo(min);
    }

    @Test
    void foundational_measures_must_not_be_empty() {
        assertInvalid(() -> framework().rules(rules(null, List.of(), null)).build().validated(),
                "rules.foundational.measureIds");
    }

    @Test
    void foundational_measures_must_be_wgll_measures() {
        assertInvalid(() -> framework().rules(rules(null, List.of("safe-practice", "be-nice"), null)).build()
                .validated(), "rules.foundational.measureIds");
    }

    @Test
    void foundational_measures_must_be_distinct() {
        assertInvalid(() -> framework().rules(rules(null, List.of("safe-practice", "safe-practice"), null)).build()
                .validated(), "rules.foundational.measureIds");
    }

    /** Regression: List.of(...).containsAll(...) throws NullPointerException for a null element. */
    @Test
    void a_null_foundational_measure_is_rejected() {
        assertInvalid(() -> framework().rules(rules(null, Arrays.asList("safe-practice", null), null)).build()
                .validated(), "rules.foundational.measureIds");
    }

    @Test
    void requires_epr_flags_are_kept_as_given() {
        CapabilityRules noEpr = new CapabilityRules(new CoreCapabilityRule(BigDecimal.ONE, false),
                new FoundationalRule(List.of("well-led"), BigDecimal.ONE, false));
        CapabilityRules valid = framework().rules(noEpr).build().validated().rules();
        assertThat(valid.coreCapability().requiresEpr()).isFalse();
        assertThat(valid.foundational().requiresEpr()).isFalse();
        assertThat(valid.foundational().measureIds()).containsExactly("well-led");
    }

    @Test
    void reference_date_and_year_are_kept() {
        FrameworkDefinition valid = framework().year(2025).referenceDate(LocalDate.of(2025, 3, 31)).build().validated();
        assertThat(valid.assessmentYear()).isEqualTo(2025);
        assertThat(valid.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    }
}
