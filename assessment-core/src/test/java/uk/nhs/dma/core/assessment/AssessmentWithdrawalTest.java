package uk.nhs.dma.core.assessment;

import static uk.nhs.dma.core.assessment.AssessmentTest.ANSWERS;
import static uk.nhs.dma.core.assessment.AssessmentTest.ASSESSED_ON;
import static uk.nhs.dma.core.assessment.AssessmentTest.ID;
import static uk.nhs.dma.core.assessment.AssessmentTest.RJ1;
import static uk.nhs.dma.core.assessment.AssessmentTest.answered;
import static uk.nhs.dma.core.assessment.AssessmentTest.approvedByBob;
import static uk.nhs.dma.core.assessment.AssessmentTest.as;
import static uk.nhs.dma.core.assessment.AssessmentTest.eprLive;
import static uk.nhs.dma.core.assessment.AssessmentTest.plus;
import static uk.nhs.dma.core.assessment.AssessmentTest.readyToSubmit;
import static uk.nhs.dma.core.assessment.AssessmentTest.started;
import static uk.nhs.dma.core.assessment.AssessmentTest.submittedByAlice;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.testsupport.TestFrameworks.WGLL_2024;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;
import static uk.nhs.dma.core.testsupport.Violations.unknown;

import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/**
 * Withdrawing a draft started by mistake: only a draft never submitted, with a reason, recording who withdrew it;
 * afterwards nothing but starting the year again is accepted, and that start begins from nothing.
 */
class AssessmentWithdrawalTest {

    static final String REASON = "started for the wrong organisation";

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(new FakeOrganisationDirectory().open("RJ1", ACUTE, LocalDate.of(2000, 4, 1)));
        fixture.registerInjectableResource(new FakeFrameworkCatalogue().publish(framework().build()));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static AssessmentWithdrawn withdrawn() {
        return new AssessmentWithdrawn(ID, 1, REASON, "carol");
    }

    @Test
    void a_draft_never_submitted_is_withdrawn_with_the_reason_and_the_withdrawer() {
        fixture.given(started(), answered(1, ANSWERS))
                .when(new WithdrawAssessment(ID, "  " + REASON + " ", null), as("carol"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(withdrawn());
    }

    @Test
    void a_reason_is_required() {
        fixture.given(started())
                .when(new WithdrawAssessment(ID, " ", null), as("carol"))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void a_submitted_revision_cannot_be_withdrawn() {
        fixture.given(submittedByAlice())
                .when(new WithdrawAssessment(ID, REASON, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("not-withdrawable"));
    }

    @Test
    void an_approved_revision_cannot_be_withdrawn() {
        fixture.given(approvedByBob())
                .when(new WithdrawAssessment(ID, REASON, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("not-withdrawable"));
    }

    @Test
    void a_draft_reopened_after_a_submission_cannot_be_withdrawn() {
        fixture.given(plus(submittedByAlice(), new AssessmentReopened(ID, 1, 2, "typo", "alice")))
                .when(new WithdrawAssessment(ID, REASON, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("not-withdrawable"));
    }

    @Test
    void a_withdrawn_assessment_cannot_be_withdrawn_again() {
        fixture.given(started(), withdrawn())
                .when(new WithdrawAssessment(ID, REASON, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
    }

    @Test
    void no_answers_are_recorded_after_withdrawal() {
        fixture.given(started(), withdrawn())
                .when(new RecordAnswers(ID, ANSWERS, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
    }

    @Test
    void no_epr_is_declared_after_withdrawal() {
        fixture.given(started(), withdrawn())
                .when(new DeclareEpr(ID, EprStatus.NONE, null, null, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
    }

    @Test
    void a_withdrawn_draft_is_not_submitted() {
        fixture.given(plus(readyToSubmit(), withdrawn()))
                .when(new SubmitAssessment(ID, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
    }

    @Test
    void a_withdrawn_draft_is_not_approved_returned_or_reopened() {
        fixture.given(started(), withdrawn())
                .when(new ApproveAssessment(ID, null, null), as("bob"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
        fixture.given(started(), withdrawn())
                .when(new ReturnAssessment(ID, "why", null), as("bob"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
        fixture.given(started(), withdrawn())
                .when(new ReopenAssessment(ID, "why", null), as("bob"))
                .expectNoEvents()
                .expectException(conflict("withdrawn"));
    }

    @Test
    void the_year_is_started_again_after_withdrawal() {
        fixture.given(started(), answered(1, ANSWERS), eprLive(), withdrawn())
                .when(new StartAssessment(RJ1, 2024, WGLL_2024, ASSESSED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(AssessmentTest.startedAs(ACUTE))
                .expectResultMessagePayload(4L);
    }

    @Test
    void a_first_start_answers_version_0() {
        fixture.givenNoPriorActivity()
                .when(new StartAssessment(RJ1, 2024, WGLL_2024, ASSESSED_ON))
                .expectEvents(AssessmentTest.startedAs(ACUTE))
                .expectResultMessagePayload(0L);
    }

    @Test
    void a_start_again_begins_from_nothing() {
        fixture.given(started(), answered(1, ANSWERS), eprLive(), withdrawn(), started())
                .when(new SubmitAssessment(ID, null), as("carol"))
                .expectNoEvents()
                .expectException(conflict("mandatory-questions-unanswered"));
    }

    @Test
    void starting_one_that_exists_and_is_not_withdrawn_is_refused_as_it_always_was() {
        fixture.given(started())
                .when(new StartAssessment(RJ1, 2024, WGLL_2024, ASSESSED_ON))
                .expectNoEvents()
                .expectException(AggregateStreamCreationException.class);
        fixture.given(submittedByAlice())
                .when(new StartAssessment(RJ1, 2024, WGLL_2024, ASSESSED_ON))
                .expectNoEvents()
                .expectException(AggregateStreamCreationException.class);
    }

    @Test
    void a_start_again_checks_the_command_like_a_first_start() {
        fixture.given(started(), withdrawn())
                .when(new StartAssessment(RJ1, 2024, FrameworkId.of("draft-2024"), ASSESSED_ON))
                .expectNoEvents()
                .expectException(unknown("frameworkId"));
    }
}
