package uk.nhs.dma.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestFrameworks.wgll2024;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentFrameworkTest {

    private FixtureConfiguration<AssessmentFramework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentFramework.class);
    }

    @Test
    void publishes_a_new_framework_in_canonical_form() {
        fixture.givenNoPriorActivity()
                .when(new PublishFramework(framework().build()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FrameworkPublished(wgll2024()))
                .expectResultMessagePayload(0L);
    }

    @Test
    void the_published_event_carries_trimmed_text_and_defaulted_rules() {
        FrameworkDefinition raw = framework().title("  What Good Looks Like 2024  ").rules(null).build();
        fixture.givenNoPriorActivity()
                .when(new PublishFramework(raw))
                .expectEvents(new FrameworkPublished(wgll2024()))
                .expectState(aggregate -> {
                    assertThat(aggregate.definition().title()).isEqualTo("What Good Looks Like 2024");
                    assertThat(aggregate.definition().rules()).isEqualTo(CapabilityRules.defaults());
                });
    }

    @Test
    void definition_is_validated_before_publishing() {
        fixture.givenNoPriorActivity()
                .when(new PublishFramework(framework().withoutMeasure("well-led").withoutQuestionsOf("well-led").build()))
                .expectNoEvents()
                .expectException(invalid("measures"));
    }

    @Test
    void definition_is_required() {
        fixture.givenNoPriorActivity()
                .when(new PublishFramework(null))
                .expectNoEvents()
                .expectException(invalid("definition"));
    }

    @Test
    void publishing_identical_content_again_changes_nothing() {
        fixture.given(new FrameworkPublished(wgll2024()))
                .when(new PublishFramework(framework().build()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void content_equal_after_canonicalisation_counts_as_identical() {
        CapabilityRules sameRulesOtherScale = new CapabilityRules(
                new CoreCapabilityRule(new BigDecimal("3"), true),
                new FoundationalRule(List.of("smart-foundations", "safe-practice"), new BigDecimal("3.0"), true));
        FrameworkDefinition sameContent = framework().title(" What Good Looks Like 2024 ").rules(sameRulesOtherScale).build();
        fixture.given(new FrameworkPublished(wgll2024()))
                .when(new PublishFramework(sameContent))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void publishing_different_content_under_a_published_id_is_a_conflict() {
        fixture.given(new FrameworkPublished(wgll2024()))
                .when(new PublishFramework(framework().title("What Good Looks Like 2024, corrected").build()))
                .expectNoEvents()
                .expectException(conflict("framework-already-published"));
    }

    @Test
    void changing_one_questions_score_range_is_different_content() {
        FrameworkDefinition changed = framework()
                .mapQuestions(q -> q.id().equals("WL1")
                        ? new Question(q.id(), q.measureId(), q.text(), 0, 5, q.mandatory()) : q)
                .build();
        fixture.given(new FrameworkPublished(wgll2024()))
                .when(new PublishFramework(changed))
                .expectNoEvents()
                .expectException(conflict("framework-already-published"));
    }

    @Test
    void invalid_content_is_rejected_even_when_the_id_is_already_published() {
        fixture.given(new FrameworkPublished(wgll2024()))
                .when(new PublishFramework(framework().title(" ").build()))
                .expectNoEvents()
                .expectException(invalid("title"));
    }
}
