package uk.nhs.dma.core.assessment;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.ICB;
import static uk.nhs.dma.core.organisation.OrganisationType.REGION;
import static uk.nhs.dma.core.testsupport.TestFrameworks.REFERENCE_DATE;
import static uk.nhs.dma.core.testsupport.TestFrameworks.WGLL_2024;
import static uk.nhs.dma.core.testsupport.TestFrameworks.answer;
import static uk.nhs.dma.core.testsupport.TestFrameworks.byQuestionId;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestFrameworks.mandatoryAnswers;
import static uk.nhs.dma.core.testsupport.TestTime.NOW;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.TestTime.TOMORROW;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.forbidden;
import static uk.nhs.dma.core.testsupport.Violations.invalid;
import static uk.nhs.dma.core.testsupport.Violations.unknown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.FoundationalRule;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestFrameworks;
import uk.nhs.dma.core.testsupport.TestTime;

class AssessmentTest {

    static final OdsCode RJ1 = OdsCode.of("RJ1");
    static final AssessmentId ID = AssessmentId.of("RJ1-2024");
    static final FrameworkId WGLL_2025 = FrameworkId.of("wgll-2025");
    /** A 2024 framework whose healthy-populations questions are all optional. */
    static final FrameworkId SPARSE_2024 = FrameworkId.of("sparse-2024");
    /** A 2024 framework with lenient rules: minimum 2, no EPR required. */
    static final FrameworkId LENIENT_2024 = FrameworkId.of("lenient-2024");
    static final LocalDate ASSESSED_ON = LocalDate.of(2024, 5, 1);

    static final EprDeclaration LIVE_EPR = new EprDeclaration(EprStatus.LIVE, "Epic", LocalDate.of(2020, 1, 1));
    static final CapabilityRules DEFAULT_RULES = new CapabilityRules(
            new CoreCapabilityRule(new BigDecimal("3.00"), true),
            new FoundationalRule(List.of("smart-foundations", "safe-practice"), new BigDecimal("3.00"), true));

    /** Mandatory answers, all 3 except well-led 4 and 5: well-led scores 4.5, the six others 3, overall 3.2143. */
    static final List<Answer> ANSWERS = mandatoryAnswers(3, Map.of("WL1", 4, "WL2", 5));

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        FakeOrganisationDirectory organisations = new FakeOrganisationDirectory()
                .open("RJ1", ACUTE, LocalDate.of(2000, 4, 1))
                .open("QOP", ICB, LocalDate.of(2022, 7, 1))
                .open("Y56", REGION, LocalDate.of(2000, 1, 1))
                .add("RCL", ACUTE, LocalDate.of(2000, 4, 1), REFERENCE_DATE)
                .open("RLT", ACUTE, REFERENCE_DATE.plusDays(1));
        FakeFrameworkCatalogue frameworks = new FakeFrameworkCatalogue()
                .publish(framework().build())
                .publish(framework().id(WGLL_2025).year(2025).referenceDate(LocalDate.of(2025, 3, 31)).build())
                .publish(framework().id(SPARSE_2024).optional("HP1", "HP2").build())
                .publish(framework().id(LENIENT_2024).rules(new CapabilityRules(
                        new CoreCapabilityRule(new BigDecimal("2"), false),
                        new FoundationalRule(List.of("well-led"), new BigDecimal("2"), false))).build());
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(organisations);
        fixture.registerInjectableResource(frameworks);
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static Map<String, Object> as(String user) {
        return Map.of("user", user);
    }

    static AssessmentStarted started() {
        return started(WGLL_2024);
    }

    static AssessmentStarted started(FrameworkId frameworkId) {
        return new AssessmentStarted(ID, RJ1, 2024, frameworkId, ASSESSED_ON, 1);
    }

    /** The start as the aggregate records it now: with the organisation's type. */
    static AssessmentStarted startedAs(uk.nhs.dma.core.organisation.OrganisationType type) {
        return new AssessmentStarted(ID, RJ1, 2024, WGLL_2024, ASSESSED_ON, 1, type);
    }

    static AnswersRecorded answered(int revision, List<Answer> answers) {
        return new AnswersRecorded(ID, revision, answers);
    }

    static EprDeclared eprLive() {
        return new EprDeclared(ID, 1, LIVE_EPR);
    }

    /** A realistic submitted event to use as history (its content is not under test). */
    static AssessmentSubmitted submitted(int revision, String by) {
        FrameworkDefinition wgll = TestFrameworks.wgll2024();
        Scores scores = Scoring.score(wgll, ANSWERS);
        return new AssessmentSubmitted(ID, RJ1, 2024, WGLL_2024, revision, ASSESSED_ON, byQuestionId(ANSWERS),
                LIVE_EPR, scores, wgll.rules(), true, true, by, NOW);
    }

    static AssessmentApproved approved(int revision, String by) {
        return new AssessmentApproved(ID, revision, by, NOW, TODAY);
    }

    /** History of a draft with every mandatory answer and a live EPR, ready to submit. */
    static Object[] readyToSubmit() {
        return new Object[] {started(), answered(1, ANSWERS), eprLive()};
    }

    /** History of revision 1 submitted by alice. */
    static Object[] submittedByAlice() {
        return new Object[] {started(), answered(1, ANSWERS), eprLive(), submitted(1, "alice")};
    }

    /** History of revision 1 submitted by alice and approved by bob. */
    static Object[] approvedByBob() {
        return new Object[] {started(), answered(1, ANSWERS), eprLive(), submitted(1, "alice"), approved(1, "bob")};
    }

    static Object[] plus(Object[] history, Object... more) {
        List<Object> all = new ArrayList<>(Arrays.asList(history));
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    /** The hand-computed scores of {@link #ANSWERS}. */
    static Scores expectedScores() {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        measures.put("well-led", new BigDecimal("4.5000"));
        for (String id : List.of("smart-foundations", "safe-practice", "support-people", "empower-citizens",
                "improve-care", "healthy-populations")) {
            measures.put(id, new BigDecimal("3.0000"));
        }
        return new Scores(measures, new BigDecimal("3.2143"));
    }

    static AssessmentSubmitted expectedSubmission(int revision, String by) {
        return new AssessmentSubmitted(ID, RJ1, 2024, WGLL_2024, revision, ASSESSED_ON, byQuestionId(ANSWERS),
                LIVE_EPR, expectedScores(), DEFAULT_RULES, true, true, by, NOW);
    }

    /** Exactly one event, an AssessmentSubmitted satisfying the predicate. */
    static Matcher<List<? super org.axonframework.eventhandling.EventMessage<?>>> oneSubmission(
            Predicate<AssessmentSubmitted> check) {
        Predicate<Object> isMatchingSubmission = p -> p instanceof AssessmentSubmitted s && check.test(s);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Matcher<List<? super org.axonframework.eventhandling.EventMessage<?>>> matcher =
                (Matcher) payloadsMatching(exactSequenceOf(matches(isMatchingSubmission)));
        return matcher;
    }

    @Nested
    class Start {

        @Test
        void starts_revision_1_as_a_draft_for_the_organisation_and_year() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, WGLL_2024, ASSESSED_ON))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(startedAs(ACUTE));
        }

        @Test
        void assessment_date_defaults_to_the_frameworks_reference_date() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, WGLL_2024, null))
                    .expectEvents(new AssessmentStarted(ID, RJ1, 2024, WGLL_2024, REFERENCE_DATE, 1, ACUTE));
        }

        @Test
        void assessment_date_may_be_today() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, WGLL_2024, TODAY))
                    .expectEvents(new AssessmentStarted(ID, RJ1, 2024, WGLL_2024, TODAY, 1, ACUTE));
        }

        @Test
        void assessment_date_cannot_be_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, WGLL_2024, TOMORROW))
                    .expectNoEvents()
                    .expectException(invalid("assessedOn"));
        }

        @Test
        void an_icb_may_be_assessed() {
            OdsCode qop = OdsCode.of("QOP");
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(qop, 2024, WGLL_2024, ASSESSED_ON))
                    .expectEvents(new AssessmentStarted(AssessmentId.of("QOP-2024"), qop, 2024, WGLL_2024,
                            ASSESSED_ON, 1, ICB));
        }

        @Test
        void ods_code_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(null, 2024, WGLL_2024, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("odsCode"));
        }

        @Test
        void year_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, null, WGLL_2024, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("year"));
        }

        @Test
        void year_before_2000_is_rejected() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 1999, WGLL_2024, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("year"));
        }

        @Test
        void year_after_2100_is_rejected() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2101, WGLL_2024, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("year"));
        }

        @Test
        void framework_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, null, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("frameworkId"));
        }

        @Test
        void framework_must_be_published() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, FrameworkId.of("draft-2024"), ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(unknown("frameworkId"));
        }

        @Test
        void framework_must_be_for_the_assessment_year() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(RJ1, 2024, WGLL_2025, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("year"));
        }

        @Test
        void organisation_must_be_registered() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(OdsCode.of("ZZZ"), 2024, WGLL_2024, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(unknown("odsCode"));
        }

        @Test
        void regions_are_not_assessed() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(OdsCode.of("Y56"), 2024, WGLL_2024, ASSESSED_ON))
                    .expectNoEvents()
                    .expectException(invalid("odsCode"));
        }

        @Test
        void an_organisation_closed_on_the_assessment_date_is_not_assessed() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(OdsCode.of("RCL"), 2024, WGLL_2024, null))
                    .expectNoEvents()
                    .expectException(conflict("organisation-not-open"));
        }

        @Test
        void an_organisation_not_yet_open_on_the_assessment_date_is_not_assessed() {
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(OdsCode.of("RLT"), 2024, WGLL_2024, null))
                    .expectNoEvents()
                    .expectException(conflict("organisation-not-open"));
        }

        @Test
        void an_organisation_open_on_a_later_assessment_date_is_assessed() {
            OdsCode rlt = OdsCode.of("RLT");
            LocalDate opened = REFERENCE_DATE.plusDays(1);
            fixture.givenNoPriorActivity()
                    .when(new StartAssessment(rlt, 2024, WGLL_2024, opened))
                    .expectEvents(new AssessmentStarted(AssessmentId.of("RLT-2024"), rlt, 2024, WGLL_2024, opened, 1, ACUTE));
        }
    }

    @Nested
    class RecordAnswersTests {

        @Test
        void records_answers_against_the_current_revision() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 4), answer("SF2", 2)), null))
                    .expectEvents(answered(1, List.of(answer("WL1", 4), answer("SF2", 2))))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void comments_are_trimmed_and_blank_comments_dropped() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(new Answer("WL1", 4, "  Board reviewed  "),
                            new Answer("WL2", 3, "   ")), null))
                    .expectEvents(answered(1, List.of(new Answer("WL1", 4, "Board reviewed"), answer("WL2", 3))));
        }

        @Test
        void a_comment_is_at_most_2000_characters() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(new Answer("WL1", 4, "c".repeat(2001))), null))
                    .expectNoEvents()
                    .expectException(invalid("comment"));
        }

        @Test
        void answers_are_required() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(), null))
                    .expectNoEvents()
                    .expectException(invalid("answers"));
        }

        @Test
        void answers_must_not_be_null() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, null, null))
                    .expectNoEvents()
                    .expectException(invalid("answers"));
        }

        @Test
        void a_null_answer_is_rejected() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, Arrays.asList(answer("WL1", 4), null), null))
                    .expectNoEvents()
                    .expectException(invalid("answers"));
        }

        @Test
        void question_must_be_in_the_assessments_framework() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 4), answer("XX9", 3)), null))
                    .expectNoEvents()
                    .expectException(unknown("questionId"));
        }

        @Test
        void score_below_the_questions_minimum_is_rejected() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 0)), null))
                    .expectNoEvents()
                    .expectException(invalid("score"));
        }

        @Test
        void score_above_the_questions_maximum_is_rejected() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 6)), null))
                    .expectNoEvents()
                    .expectException(invalid("score"));
        }

        @Test
        void scores_at_the_range_bounds_are_accepted() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 1), answer("WL2", 5)), null))
                    .expectEvents(answered(1, List.of(answer("WL1", 1), answer("WL2", 5))));
        }

        @Test
        void a_question_is_answered_at_most_once_per_request() {
            fixture.given(started())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 4), answer("WL1", 2)), null))
                    .expectNoEvents()
                    .expectException(invalid("questionId"));
        }

        @Test
        void a_submitted_revision_cannot_be_edited() {
            fixture.given(submittedByAlice())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 2)), null))
                    .expectNoEvents()
                    .expectException(conflict("not-draft"));
        }

        @Test
        void an_approved_revision_cannot_be_edited() {
            fixture.given(approvedByBob())
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 2)), null))
                    .expectNoEvents()
                    .expectException(conflict("not-draft"));
        }

        @Test
        void a_reopened_assessment_records_answers_against_the_new_revision() {
            fixture.given(plus(approvedByBob(), new AssessmentReopened(ID, 1, 2, "Correction", "alice")))
                    .when(new RecordAnswers(ID, List.of(answer("WL1", 2)), null))
                    .expectEvents(answered(2, List.of(answer("WL1", 2))));
        }
    }

    @Nested
    class DeclareEprTests {

        @Test
        void declares_a_live_epr_with_its_go_live_date() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.LIVE, " Epic ", LocalDate.of(2020, 1, 1), null))
                    .expectEvents(new EprDeclared(ID, 1, LIVE_EPR))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void a_live_epr_may_have_gone_live_today() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.LIVE, "Epic", TODAY, null))
                    .expectEvents(new EprDeclared(ID, 1, new EprDeclaration(EprStatus.LIVE, "Epic", TODAY)));
        }

        @Test
        void a_live_epr_cannot_go_live_in_the_future() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.LIVE, "Epic", TOMORROW, null))
                    .expectNoEvents()
                    .expectException(invalid("liveSince"));
        }

        @Test
        void a_live_epr_needs_its_go_live_date() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.LIVE, "Epic", null, null))
                    .expectNoEvents()
                    .expectException(invalid("liveSince"));
        }

        @Test
        void an_epr_not_yet_live_has_no_go_live_date() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.DEPLOYING, "Epic", LocalDate.of(2020, 1, 1), null))
                    .expectNoEvents()
                    .expectException(invalid("liveSince"));
        }

        @Test
        void an_epr_not_yet_live_is_declared_without_date_and_supplier_is_optional() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.PROCURING, "  ", null, null))
                    .expectEvents(new EprDeclared(ID, 1, new EprDeclaration(EprStatus.PROCURING, null, null)));
        }

        @Test
        void status_is_required() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, null, "Epic", null, null))
                    .expectNoEvents()
                    .expectException(invalid("status"));
        }

        @Test
        void supplier_is_at_most_200_characters() {
            fixture.given(started())
                    .when(new DeclareEpr(ID, EprStatus.NONE, "s".repeat(201), null, null))
                    .expectNoEvents()
                    .expectException(invalid("supplier"));
        }

        @Test
        void a_submitted_revision_cannot_change_its_epr() {
            fixture.given(submittedByAlice())
                    .when(new DeclareEpr(ID, EprStatus.NONE, null, null, null))
                    .expectNoEvents()
                    .expectException(conflict("not-draft"));
        }
    }

    @Nested
    class Submit {

        @Test
        void submits_answers_scores_rules_and_verdicts_with_the_submitter() {
            fixture.given(readyToSubmit())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(expectedSubmission(1, "alice"))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void a_submission_without_a_user_is_recorded_as_unknown() {
            fixture.given(readyToSubmit())
                    .when(new SubmitAssessment(ID, null))
                    .expectEvents(expectedSubmission(1, "unknown"));
        }

        @Test
        void an_unanswered_optional_question_does_not_block_submission() {
            fixture.given(readyToSubmit())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> s.answers().stream()
                            .noneMatch(a -> a.questionId().equals(TestFrameworks.OPTIONAL_QUESTION))));
        }

        @Test
        void every_mandatory_question_must_be_answered() {
            List<Answer> withoutWl2 = ANSWERS.stream().filter(a -> !a.questionId().equals("WL2")).toList();
            fixture.given(started(), answered(1, withoutWl2), eprLive())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("mandatory-questions-unanswered"));
        }

        @Test
        void an_assessment_without_answers_cannot_be_submitted() {
            fixture.given(started(), eprLive())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("mandatory-questions-unanswered"));
        }

        @Test
        void the_epr_must_be_declared_before_submitting() {
            fixture.given(started(), answered(1, ANSWERS))
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("epr-not-declared"));
        }

        @Test
        void a_measure_left_without_any_answer_cannot_be_scored() {
            List<Answer> noHealthyPopulations =
                    ANSWERS.stream().filter(a -> !a.questionId().startsWith("HP")).toList();
            fixture.given(started(SPARSE_2024), answered(1, noHealthyPopulations), eprLive())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("measure-unanswered"));
        }

        @Test
        void a_submitted_revision_cannot_be_submitted_again() {
            fixture.given(submittedByAlice())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("not-draft"));
        }

        @Test
        void an_approved_revision_cannot_be_submitted_again() {
            fixture.given(approvedByBob())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("not-draft"));
        }

        @Test
        void the_latest_answer_to_a_question_is_the_one_submitted() {
            fixture.given(plus(readyToSubmit(), answered(1, List.of(answer("WL1", 2)))))
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> s.answers().contains(answer("WL1", 2))
                            && !s.answers().contains(answer("WL1", 4))
                            && s.scores().measures().get("well-led").equals(new BigDecimal("3.5000"))));
        }

        @Test
        void the_latest_epr_declaration_is_the_one_submitted() {
            EprDeclaration none = new EprDeclaration(EprStatus.NONE, null, null);
            fixture.given(plus(readyToSubmit(), new EprDeclared(ID, 1, none)))
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> s.epr().equals(none)));
        }

        @Test
        void without_a_live_epr_neither_capability_is_met() {
            EprDeclaration deploying = new EprDeclaration(EprStatus.DEPLOYING, "Epic", null);
            fixture.given(started(), answered(1, ANSWERS), new EprDeclared(ID, 1, deploying))
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> !s.coreCapability() && !s.foundational()));
        }

        @Test
        void a_weak_measure_outside_the_foundational_ones_fails_core_capability_only() {
            List<Answer> weakWellLed = mandatoryAnswers(3, Map.of("WL1", 2, "WL2", 3));
            fixture.given(started(), answered(1, weakWellLed), eprLive())
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> !s.coreCapability() && s.foundational()
                            && s.scores().measures().get("well-led").equals(new BigDecimal("2.5000"))));
        }

        @Test
        void verdicts_use_the_rules_of_the_assessments_own_framework() {
            List<Answer> allTwos = mandatoryAnswers(2);
            EprDeclaration none = new EprDeclaration(EprStatus.NONE, null, null);
            fixture.given(started(LENIENT_2024), answered(1, allTwos), new EprDeclared(ID, 1, none))
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> s.coreCapability() && s.foundational()
                            && s.frameworkId().equals(LENIENT_2024)
                            && s.rules().coreCapability().minMeasureScore().equals(new BigDecimal("2.00"))
                            && !s.rules().coreCapability().requiresEpr()));
        }
    }

    @Nested
    class Approve {

        @Test
        void someone_other_than_the_submitter_approves_with_the_board_date() {
            LocalDate board = LocalDate.of(2024, 6, 1);
            fixture.given(submittedByAlice())
                    .when(new ApproveAssessment(ID, board, null), as("bob"))
                    .expectEvents(new AssessmentApproved(ID, 1, "bob", NOW, board))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void board_date_defaults_to_today() {
            fixture.given(submittedByAlice())
                    .when(new ApproveAssessment(ID, null, null), as("bob"))
                    .expectEvents(new AssessmentApproved(ID, 1, "bob", NOW, TODAY));
        }

        @Test
        void approver_must_differ_from_submitter() {
            fixture.given(submittedByAlice())
                    .when(new ApproveAssessment(ID, TODAY, null), as("alice"))
                    .expectNoEvents()
                    .expectException(forbidden("self-approval"));
        }

        @Test
        void an_anonymous_approval_of_an_anonymous_submission_counts_as_self_approval() {
            fixture.given(started(), answered(1, ANSWERS), eprLive(), submitted(1, "unknown"))
                    .when(new ApproveAssessment(ID, TODAY, null))
                    .expectNoEvents()
                    .expectException(forbidden("self-approval"));
        }

        @Test
        void board_date_cannot_be_in_the_future() {
            fixture.given(submittedByAlice())
                    .when(new ApproveAssessment(ID, TOMORROW, null), as("bob"))
                    .expectNoEvents()
                    .expectException(invalid("boardDate"));
        }

        @Test
        void a_draft_cannot_be_approved() {
            fixture.given(readyToSubmit())
                    .when(new ApproveAssessment(ID, TODAY, null), as("bob"))
                    .expectNoEvents()
                    .expectException(conflict("not-awaiting-approval"));
        }

        @Test
        void an_approved_revision_cannot_be_approved_again() {
            fixture.given(approvedByBob())
                    .when(new ApproveAssessment(ID, TODAY, null), as("carol"))
                    .expectNoEvents()
                    .expectException(conflict("not-awaiting-approval"));
        }

        @Test
        void self_approval_is_judged_against_the_submitter_of_the_current_revision() {
            fixture.given(plus(submittedByAlice(), new AssessmentReturned(ID, 1, 2, "Fix it", "bob"),
                            submitted(2, "bob")))
                    .when(new ApproveAssessment(ID, TODAY, null), as("alice"))
                    .expectEvents(new AssessmentApproved(ID, 2, "alice", NOW, TODAY));
        }

        @Test
        void the_submitter_of_the_current_revision_cannot_approve_it() {
            fixture.given(plus(submittedByAlice(), new AssessmentReturned(ID, 1, 2, "Fix it", "bob"),
                            submitted(2, "bob")))
                    .when(new ApproveAssessment(ID, TODAY, null), as("bob"))
                    .expectNoEvents()
                    .expectException(forbidden("self-approval"));
        }
    }

    @Nested
    class Return {

        @Test
        void a_submitted_revision_is_returned_starting_the_next_revision() {
            fixture.given(submittedByAlice())
                    .when(new ReturnAssessment(ID, "  Evidence missing for WL1 ", null), as("bob"))
                    .expectEvents(new AssessmentReturned(ID, 1, 2, "Evidence missing for WL1", "bob"))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void reason_is_required() {
            fixture.given(submittedByAlice())
                    .when(new ReturnAssessment(ID, " ", null), as("bob"))
                    .expectNoEvents()
                    .expectException(invalid("reason"));
        }

        @Test
        void reason_is_at_most_2000_characters() {
            fixture.given(submittedByAlice())
                    .when(new ReturnAssessment(ID, "r".repeat(2001), null), as("bob"))
                    .expectNoEvents()
                    .expectException(invalid("reason"));
        }

        @Test
        void a_draft_cannot_be_returned() {
            fixture.given(readyToSubmit())
                    .when(new ReturnAssessment(ID, "Why", null), as("bob"))
                    .expectNoEvents()
                    .expectException(conflict("not-awaiting-approval"));
        }

        @Test
        void an_approved_revision_cannot_be_returned() {
            fixture.given(approvedByBob())
                    .when(new ReturnAssessment(ID, "Why", null), as("bob"))
                    .expectNoEvents()
                    .expectException(conflict("not-awaiting-approval"));
        }

        @Test
        void a_returned_assessment_is_a_draft_again() {
            fixture.given(plus(submittedByAlice(), new AssessmentReturned(ID, 1, 2, "Fix it", "bob")))
                    .when(new ApproveAssessment(ID, TODAY, null), as("carol"))
                    .expectNoEvents()
                    .expectException(conflict("not-awaiting-approval"));
        }

        @Test
        void a_returned_revision_is_corrected_and_resubmitted_keeping_its_other_answers() {
            fixture.given(plus(submittedByAlice(), new AssessmentReturned(ID, 1, 2, "Fix WL1", "bob"),
                            answered(2, List.of(answer("WL1", 5)))))
                    .when(new SubmitAssessment(ID, null), as("alice"))
                    .expectEventsMatching(oneSubmission(s -> s.revision() == 2
                            && s.answers().size() == ANSWERS.size()
                            && s.answers().contains(answer("WL1", 5))
                            && s.answers().contains(answer("SF1", 3))
                            && s.epr().equals(LIVE_EPR)));
        }
    }

    @Nested
    class Reopen {

        @Test
        void a_submitted_revision_is_reopened_as_the_next_revision() {
            fixture.given(submittedByAlice())
                    .when(new ReopenAssessment(ID, " Late evidence ", null), as("alice"))
                    .expectEvents(new AssessmentReopened(ID, 1, 2, "Late evidence", "alice"))
                    .expectResultMessagePayload(4L);
        }

        @Test
        void an_approved_revision_is_reopened_as_the_next_revision() {
            fixture.given(approvedByBob())
                    .when(new ReopenAssessment(ID, "Correction", null), as("alice"))
                    .expectEvents(new AssessmentReopened(ID, 1, 2, "Correction", "alice"));
        }

        @Test
        void a_draft_cannot_be_reopened() {
            fixture.given(readyToSubmit())
                    .when(new ReopenAssessment(ID, "Why", null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("already-draft"));
        }

        @Test
        void a_returned_assessment_is_already_a_draft() {
            fixture.given(plus(submittedByAlice(), new AssessmentReturned(ID, 1, 2, "Fix it", "bob")))
                    .when(new ReopenAssessment(ID, "Why", null), as("alice"))
                    .expectNoEvents()
                    .expectException(conflict("already-draft"));
        }

        @Test
        void reason_is_required() {
            fixture.given(approvedByBob())
                    .when(new ReopenAssessment(ID, null, null), as("alice"))
                    .expectNoEvents()
                    .expectException(invalid("reason"));
        }

        @Test
        void the_reopened_revision_is_pre_filled_so_it_can_be_submitted_without_re_answering() {
            fixture.given(plus(approvedByBob(), new AssessmentReopened(ID, 1, 2, "Correction", "alice")))
                    .when(new SubmitAssessment(ID, null), as("carol"))
                    .expectEvents(expectedSubmission(2, "carol"));
        }

        @Test
        void the_reopened_revision_may_be_approved_by_the_previous_submitter() {
            fixture.given(plus(approvedByBob(), new AssessmentReopened(ID, 1, 2, "Correction", "alice"),
                            submitted(2, "carol")))
                    .when(new ApproveAssessment(ID, TODAY, null), as("alice"))
                    .expectEvents(new AssessmentApproved(ID, 2, "alice", NOW, TODAY));
        }

        @Test
        void reopening_revision_2_starts_revision_3() {
            fixture.given(plus(approvedByBob(), new AssessmentReopened(ID, 1, 2, "Correction", "alice"),
                            submitted(2, "carol")))
                    .when(new ReopenAssessment(ID, "Again", null), as("carol"))
                    .expectEvents(new AssessmentReopened(ID, 2, 3, "Again", "carol"));
        }
    }

    @Test
    void the_submitted_answers_are_ordered_by_question_id() {
        fixture.given(readyToSubmit())
                .when(new SubmitAssessment(ID, null), as("alice"))
                .expectEventsMatching(oneSubmission(s -> s.answers().equals(byQuestionId(s.answers()))
                        && s.answers().size() == ANSWERS.size()));
    }
}
