package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.assessment.AssessmentTest.ANSWERS;
import static uk.nhs.dma.core.assessment.AssessmentTest.ID;
import static uk.nhs.dma.core.assessment.AssessmentTest.LIVE_EPR;
import static uk.nhs.dma.core.assessment.AssessmentTest.as;
import static uk.nhs.dma.core.assessment.AssessmentTest.started;
import static uk.nhs.dma.core.assessment.AssessmentTest.submitted;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.testsupport.TestFrameworks.answer;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestTime.NOW;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.Violations.forbidden;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/**
 * Four eyes: the approver of a revision is neither its submitter nor anyone who recorded its answers or its EPR
 * declaration. Who recorded what is read from each event's {@code user} metadata.
 */
class AssessmentFourEyesTest {

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(new FakeOrganisationDirectory().open("RJ1", ACUTE, LocalDate.of(2000, 4, 1)));
        fixture.registerInjectableResource(new FakeFrameworkCatalogue().publish(framework().build()));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    /** An event as recorded by a user. */
    static EventMessage<?> by(String user, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(as(user));
    }

    static EprDeclared epr(int revision) {
        return new EprDeclared(ID, revision, LIVE_EPR);
    }

    /** Revision 1: carol answered, dave declared the EPR, alice submitted. */
    static Object[] answeredByCarolDeclaredByDaveSubmittedByAlice() {
        return new Object[] {started(), by("carol", new AnswersRecorded(ID, 1, ANSWERS)), by("dave", epr(1)),
                by("alice", submitted(1, "alice"))};
    }

    static Object[] plus(Object[] history, Object... more) {
        List<Object> all = new java.util.ArrayList<>(Arrays.asList(history));
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    @Test
    void someone_who_recorded_answers_cannot_approve() {
        fixture.given(answeredByCarolDeclaredByDaveSubmittedByAlice())
                .when(new ApproveAssessment(ID, TODAY, null), as("carol"))
                .expectNoEvents()
                .expectException(forbidden("four-eyes"));
    }

    @Test
    void someone_who_declared_the_epr_cannot_approve() {
        fixture.given(answeredByCarolDeclaredByDaveSubmittedByAlice())
                .when(new ApproveAssessment(ID, TODAY, null), as("dave"))
                .expectNoEvents()
                .expectException(forbidden("four-eyes"));
    }

    @Test
    void the_submitter_is_still_refused_as_self_approval() {
        fixture.given(answeredByCarolDeclaredByDaveSubmittedByAlice())
                .when(new ApproveAssessment(ID, TODAY, null), as("alice"))
                .expectNoEvents()
                .expectException(forbidden("self-approval"));
    }

    @Test
    void a_fourth_person_approves() {
        fixture.given(answeredByCarolDeclaredByDaveSubmittedByAlice())
                .when(new ApproveAssessment(ID, TODAY, null), as("bob"))
                .expectEvents(new AssessmentApproved(ID, 1, "bob", NOW, TODAY));
    }

    @Test
    void an_answer_recorded_and_later_overwritten_by_someone_else_still_bars_its_recorder() {
        fixture.given(started(), by("erin", new AnswersRecorded(ID, 1, List.of(answer("WL1", 1)))),
                        by("carol", new AnswersRecorded(ID, 1, ANSWERS)), by("carol", epr(1)),
                        by("alice", submitted(1, "alice")))
                .when(new ApproveAssessment(ID, TODAY, null), as("erin"))
                .expectNoEvents()
                .expectException(forbidden("four-eyes"));
    }

    @Test
    void answers_carried_into_the_next_revision_keep_their_author() {
        // carol's answers of revision 1 are carried into revision 2, which alice amends in part and submits
        fixture.given(plus(answeredByCarolDeclaredByDaveSubmittedByAlice(),
                        by("bob", new AssessmentReopened(ID, 1, 2, "Late evidence", "bob")),
                        by("alice", new AnswersRecorded(ID, 2, List.of(answer("WL1", 5)))),
                        by("alice", submitted(2, "alice"))))
                .when(new ApproveAssessment(ID, TODAY, null), as("carol"))
                .expectNoEvents()
                .expectException(forbidden("four-eyes"));
    }

    @Test
    void who_contributed_only_to_an_earlier_revision_whose_work_was_replaced_may_approve_the_next() {
        // erin recorded one answer and the EPR of revision 1; in revision 2 carol re-answers everything and
        // re-declares the EPR, so revision 2 holds nothing of erin's
        fixture.given(started(), by("erin", new AnswersRecorded(ID, 1, List.of(answer("WL1", 1)))),
                        by("erin", epr(1)), by("carol", new AnswersRecorded(ID, 1, ANSWERS)),
                        by("alice", submitted(1, "alice")),
                        by("bob", new AssessmentReturned(ID, 1, 2, "Redo it", "bob")),
                        by("carol", new AnswersRecorded(ID, 2, ANSWERS)), by("carol", epr(2)),
                        by("alice", submitted(2, "alice")))
                .when(new ApproveAssessment(ID, TODAY, null), as("erin"))
                .expectEvents(new AssessmentApproved(ID, 2, "erin", NOW, TODAY));
    }

    @Test
    void the_submitter_of_an_earlier_revision_who_recorded_nothing_held_may_approve() {
        fixture.given(plus(answeredByCarolDeclaredByDaveSubmittedByAlice(),
                        by("bob", new AssessmentReturned(ID, 1, 2, "Fix it", "bob")),
                        by("frank", submitted(2, "frank"))))
                .when(new ApproveAssessment(ID, TODAY, null), as("alice"))
                .expectEvents(new AssessmentApproved(ID, 2, "alice", NOW, TODAY));
    }

    @Test
    void the_rule_unites_the_revisions_recorders_with_the_authors_of_what_it_holds() {
        assertThat(FourEyes.contributors(List.of("erin", "carol"), List.of("carol", "gina"), "dave"))
                .containsExactly("carol", "dave", "erin", "gina");
        assertThat(FourEyes.contributors(List.of(), Arrays.asList((String) null), null)).isEmpty();
    }
}
