package uk.nhs.dma.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.dma2025;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.element;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;
import static uk.nhs.dma.core.testsupport.Violations.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.testsupport.TestFrameworks;

class CareSettingFrameworkTest {

    private FixtureConfiguration<AssessmentFramework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentFramework.class);
    }

    static FrameworkDefinition change(UnaryOperator<List<Question>> questions, List<QuestionSet> sets) {
        FrameworkDefinition d = dma2025();
        return new FrameworkDefinition(d.frameworkId(), d.title(), d.assessmentYear(), d.referenceDate(), d.measures(),
                questions.apply(new ArrayList<>(d.questions())), d.rules(), d.scoring(), d.domains(),
                sets == null ? d.questionSets() : sets);
    }

    @Test
    void publishes_a_level_gated_framework_with_a_set_per_care_setting_and_repeats_it_idempotently() {
        FrameworkDefinition canonical = dma2025().validated();
        fixture.givenNoPriorActivity()
                .when(new PublishFramework(dma2025()))
                .expectEvents(new FrameworkPublished(canonical));
    }

    @Test
    void the_same_content_again_is_a_no_op_and_other_content_a_conflict() {
        FrameworkDefinition canonical = dma2025().validated();
        new AggregateTestFixture<>(AssessmentFramework.class).given(new FrameworkPublished(canonical))
                .when(new PublishFramework(dma2025()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new FrameworkPublished(canonical))
                .when(new PublishFramework(dma2025(ScoringMethod.MEAN)))
                .expectNoEvents()
                .expectException(conflict("framework-already-published"));
    }

    @Test
    void a_framework_without_the_new_fields_reads_as_before_one_mean_set_for_every_type() {
        FrameworkDefinition old = TestFrameworks.wgll2024();
        assertThat(old.scoring()).isEqualTo(ScoringMethod.MEAN);
        assertThat(old.domains()).isEmpty();
        assertThat(old.questionSets()).isEmpty();
        assertThat(old.forType(OrganisationType.ICB)).contains(old);
        assertThat(old.forType(OrganisationType.GENERAL_PRACTICE)).contains(old);
    }

    @Test
    void each_type_answers_its_own_set_and_an_uncovered_type_has_none() {
        FrameworkDefinition d = dma2025().validated();
        assertThat(d.forType(OrganisationType.ICB).orElseThrow().questions()).hasSize(14)
                .allMatch(q -> q.domainId().endsWith("-I"));
        assertThat(d.forType(OrganisationType.AMBULANCE).orElseThrow().questions()).hasSize(28);
        assertThat(d.forType(OrganisationType.GENERAL_PRACTICE).orElseThrow().domains()).hasSize(7);
        assertThat(d.forType(OrganisationType.ADULT_SOCIAL_CARE_PROVIDER)).isEmpty();
        assertThat(d.question("WL-P3").orElseThrow().measureId()).isEqualTo("well-led");
    }

    @Test
    void a_level_gated_element_has_a_domain_a_level_from_2_to_5_and_is_scored_0_or_1() {
        assertInvalid(() -> change(q -> {
            q.set(0, element("WL-P2a", "WL-P", 1));
            return q;
        }, null).validated(), "questions.level");
        assertInvalid(() -> change(q -> {
            q.set(0, new Question("WL-P2a", null, "x", 1, 5, true, "WL-P", 2, List.of()));
            return q;
        }, null).validated(), "questions.score");
        assertInvalid(() -> change(q -> {
            q.set(0, element("WL-P2a", "NOPE", 2));
            return q;
        }, null).validated(), "questions.domainId");
    }

    @Test
    void a_level_without_elements_below_a_higher_one_is_refused() {
        assertInvalid(() -> change(q -> {
            q.removeIf(x -> x.id().equals("SF-P3"));
            return q;
        }, null).validated(), "questionSets.questionIds");
        assertInvalid(() -> change(q -> {
            q.replaceAll(x -> x.id().equals("SF-P3") ? element("SF-P3", "SF-P", 4) : x);
            return q;
        }, null).validated(), "questions.level");
    }

    @Test
    void sets_name_known_questions_cover_every_measure_and_give_each_type_one_set() {
        FrameworkDefinition d = dma2025();
        assertInvalid(() -> change(q -> q, List.of(d.questionSets().get(0),
                new QuestionSet(List.of(OrganisationType.ACUTE), d.questionSets().get(1).questionIds()),
                d.questionSets().get(2))).validated(), "questionSets.organisationTypes");
        assertInvalid(() -> change(q -> q, List.of(d.questionSets().get(0), d.questionSets().get(1),
                new QuestionSet(List.of(OrganisationType.REGION), d.questionSets().get(2).questionIds())))
                .validated(), "questionSets.organisationTypes");
        assertInvalid(() -> change(q -> q, List.of(d.questionSets().get(0), d.questionSets().get(2),
                new QuestionSet(List.of(OrganisationType.ICB), List.of("WL-I2", "WL-I3")))).validated(),
                "questionSets");
    }

    @Test
    void a_question_replaces_other_ids_only_and_levels_belong_to_level_gated_frameworks() {
        assertInvalid(() -> change(q -> {
            q.set(0, new Question("WL-P2a", null, "x", 0, 1, true, "WL-P", 2, List.of("WL-P2a")));
            return q;
        }, null).validated(), "questions.replaces");
        FrameworkDefinition mean = dma2025(ScoringMethod.MEAN);
        List<Question> levelled = new ArrayList<>(mean.questions());
        levelled.set(0, new Question("WL-P2a", null, "x", 1, 5, true, "WL-P", 2, List.of()));
        assertInvalid(() -> new FrameworkDefinition(mean.frameworkId(), mean.title(), 2025, mean.referenceDate(),
                mean.measures(), levelled, null, ScoringMethod.MEAN, mean.domains(), mean.questionSets()).validated(),
                "questions.level");
    }
}
