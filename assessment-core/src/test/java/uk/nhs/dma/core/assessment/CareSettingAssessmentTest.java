package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.ADULT_SOCIAL_CARE_PROVIDER;
import static uk.nhs.dma.core.organisation.OrganisationType.GENERAL_PRACTICE;
import static uk.nhs.dma.core.organisation.OrganisationType.ICB;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.DMA_2025;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.dma2025;
import static uk.nhs.dma.core.testsupport.CareSettingFrameworks.metUpTo;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.unknown;
import static uk.nhs.dma.core.testsupport.Violations.violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/** Assessments against a framework with a question set per care setting, scored level-gated. */
class CareSettingAssessmentTest {

    static final LocalDate REFERENCE = LocalDate.of(2025, 3, 31);
    static final EprDeclaration LIVE = new EprDeclaration(EprStatus.LIVE, "Epic", LocalDate.of(2020, 1, 1));
    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        FakeOrganisationDirectory organisations = new FakeOrganisationDirectory()
                .open("RJ1", ACUTE, LocalDate.of(2000, 4, 1))
                .open("QOP", ICB, LocalDate.of(2022, 7, 1))
                .open("F84001", GENERAL_PRACTICE, LocalDate.of(2000, 4, 1))
                .open("VN1AB", ADULT_SOCIAL_CARE_PROVIDER, LocalDate.of(2000, 4, 1));
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(organisations);
        fixture.registerInjectableResource(new FakeFrameworkCatalogue().publish(dma2025()));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static AssessmentStarted started(String code, OrganisationType type) {
        return new AssessmentStarted(AssessmentId.of(code + "-2025"), OdsCode.of(code), 2025, DMA_2025, REFERENCE, 1,
                type);
    }

    @Test
    void an_organisation_starts_against_its_types_set_and_the_start_records_the_type() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(OdsCode.of("QOP"), 2025, DMA_2025, null))
                .expectEvents(started("QOP", ICB));
    }

    @Test
    void a_general_practice_starts_against_its_own_set() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(OdsCode.of("F84001"), 2025, DMA_2025, null))
                .expectEvents(started("F84001", GENERAL_PRACTICE));
    }

    @Test
    void a_type_the_framework_does_not_cover_is_refused_with_a_clear_problem() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(OdsCode.of("VN1AB"), 2025, DMA_2025, null))
                .expectNoEvents()
                .expectException(violation(RuleViolation.Kind.INVALID, "no-question-set", "frameworkId"));
    }

    @Test
    void a_question_of_another_set_is_unknown_to_the_organisation() {
        AssessmentId id = AssessmentId.of("QOP-2025");
        fixture.given(started("QOP", ICB))
                .when(new RecordAnswers(id, List.of(new Answer("WL-P2a", 1, null)), null))
                .expectNoEvents()
                .expectException(unknown("questionId"));
    }

    @Test
    void submitting_needs_every_element_of_the_set_and_no_other() {
        AssessmentId id = AssessmentId.of("F84001-2025");
        List<Answer> icbAnswers = metUpTo(dma2025(), ICB, 3);
        fixture.given(started("F84001", GENERAL_PRACTICE),
                        new AnswersRecorded(id, 1, metUpTo(dma2025(), GENERAL_PRACTICE, 2).subList(0, 5)),
                        new EprDeclared(id, 1, LIVE))
                .when(new SubmitAssessment(id, null))
                .expectNoEvents()
                .expectException(conflict("mandatory-questions-unanswered"));
        assertThat(icbAnswers).noneMatch(a -> a.questionId().contains("-P"));
    }

    @Test
    void the_submission_carries_the_method_the_type_and_the_level_gated_domain_scores() {
        AssessmentId id = AssessmentId.of("RJ1-2025");
        List<Answer> answers = metUpTo(dma2025(), ACUTE, 3).stream()
                .map(a -> a.questionId().equals("SF-P4") ? new Answer("SF-P4", 1, null) : a).toList();
        fixture.given(started("RJ1", ACUTE), new AnswersRecorded(id, 1, answers), new EprDeclared(id, 1, LIVE))
                .when(new SubmitAssessment(id, null), Map.of("user", "alice"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(AssessmentTest.oneSubmission(s -> s.scoring() == ScoringMethod.LEVEL_GATED
                        && s.organisationType() == ACUTE
                        && s.scores().domains().get("SF-P").equals(new BigDecimal("4.0000"))
                        && s.scores().domains().get("WL-P").equals(new BigDecimal("3.0000"))
                        && s.scores().measures().get("smart-foundations").equals(new BigDecimal("4.0000"))
                        && s.scores().overall().equals(new BigDecimal("3.1429"))
                        && s.coreCapability() && s.foundational()));
    }
}
