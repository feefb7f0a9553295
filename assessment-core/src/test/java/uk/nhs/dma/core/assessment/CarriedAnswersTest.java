package uk.nhs.dma.core.assessment;

import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.testsupport.TestFrameworks.answer;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestFrameworks.mandatoryAnswers;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;
import static uk.nhs.dma.core.testsupport.Violations.unknown;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/** A year started from last year's: nothing carries silently, and a carried answer is confirmed or changed. */
class CarriedAnswersTest {

    static final OdsCode RJ1 = OdsCode.of("RJ1");
    static final AssessmentId LAST_YEAR = AssessmentId.of("RJ1-2024");
    static final AssessmentId ID = AssessmentId.of("RJ1-2025");
    static final FrameworkId WGLL_2025 = FrameworkId.of("wgll-2025");
    static final LocalDate REFERENCE = LocalDate.of(2025, 3, 31);
    static final Map<String, Object> ALICE = Map.of("user", "alice");
    static final List<Answer> CARRIED = List.of(answer("WL1", 4), answer("WL2", 3));
    static final Evidence MINUTES = new Evidence("e1", "WL1", EvidenceKind.DOCUMENT, "Board minutes", null, null,
            new EvidenceFile("b".repeat(64), 10, "application/pdf", "minutes.pdf"), LocalDate.of(2024, 5, 1), null);

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(new FakeOrganisationDirectory().open("RJ1", ACUTE, LocalDate.of(2000, 4, 1)));
        fixture.registerInjectableResource(new FakeFrameworkCatalogue()
                .publish(framework().id(WGLL_2025).year(2025).referenceDate(REFERENCE).build()));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static StartAssessment start(List<Answer> answers, List<Evidence> evidence) {
        return new StartAssessment(RJ1, 2025, WGLL_2025, null,
                new StartAssessment.CarriedForward(LAST_YEAR, answers, evidence));
    }

    static AssessmentStarted started(List<Answer> carried) {
        return new AssessmentStarted(ID, RJ1, 2025, WGLL_2025, REFERENCE, 1, ACUTE, LAST_YEAR, carried);
    }

    @Test
    void the_start_records_the_carried_answers_and_carries_the_evidence_by_reference_to_its_file() {
        fixture.givenNoPriorActivity()
                .when(start(CARRIED, List.of(MINUTES)), ALICE)
                .expectEvents(started(CARRIED), new EvidenceAttached(ID, 1, MINUTES, "alice", LAST_YEAR));
    }

    @Test
    void carried_answers_are_checked_like_any_others() {
        fixture.givenNoPriorActivity().when(start(List.of(answer("WL1", 9)), List.of()), ALICE)
                .expectException(invalid("score")).expectNoEvents();
        fixture.givenNoPriorActivity().when(start(CARRIED, List.of(MINUTES.about("ZZ9"))), ALICE)
                .expectException(unknown("questionId")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new StartAssessment(RJ1, 2025, WGLL_2025, null,
                        new StartAssessment.CarriedForward(AssessmentId.of("RXX-2024"), CARRIED, List.of())), ALICE)
                .expectException(invalid("carriedFrom")).expectNoEvents();
    }

    @Test
    void submission_names_the_carried_answers_nobody_confirmed() {
        List<Answer> rest = mandatoryAnswers(3).stream().filter(a -> !a.questionId().equals("WL1")
                && !a.questionId().equals("WL2")).toList();
        EprDeclared epr = new EprDeclared(ID, 1, new EprDeclaration(EprStatus.LIVE, "Epic", LocalDate.of(2020, 1, 1)));
        fixture.given(started(CARRIED), new AnswersRecorded(ID, 1, rest), epr)
                .when(new SubmitAssessment(ID, null), ALICE)
                .expectException(conflict("carried-answers-unconfirmed"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("[WL1, WL2]"))
                .expectNoEvents();
        // changing one and confirming the other lets it through
        fixture.given(started(CARRIED), new AnswersRecorded(ID, 1, rest), epr,
                        new AnswersRecorded(ID, 1, List.of(answer("WL1", 5))),
                        new AnswersConfirmed(ID, 1, List.of("WL2"), "bob"))
                .when(new SubmitAssessment(ID, null), ALICE)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void only_carried_answers_awaiting_confirmation_can_be_confirmed() {
        fixture.given(started(CARRIED))
                .when(new ConfirmAnswers(ID, List.of("WL2", "WL1", "WL2"), null), ALICE)
                .expectEvents(new AnswersConfirmed(ID, 1, List.of("WL2", "WL1"), "alice"));
        fixture.given(started(CARRIED), new AnswersConfirmed(ID, 1, List.of("WL1"), "bob"))
                .when(new ConfirmAnswers(ID, List.of("WL1"), null), ALICE)
                .expectException(invalid("questionIds")).expectNoEvents();
        fixture.given(started(CARRIED)).when(new ConfirmAnswers(ID, List.of(), null), ALICE)
                .expectException(invalid("questionIds")).expectNoEvents();
    }

    @Test
    void a_start_stored_before_carrying_forward_replays_as_a_start_from_nothing() {
        AssessmentStarted old = new AssessmentStarted(ID, RJ1, 2025, WGLL_2025, REFERENCE, 1, ACUTE);
        fixture.given(old).when(new ConfirmAnswers(ID, List.of("WL1"), null), ALICE)
                .expectException(invalid("questionIds"));
    }
}
