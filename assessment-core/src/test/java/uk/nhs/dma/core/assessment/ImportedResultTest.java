package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.assessment.AssessmentTest.ANSWERS;
import static uk.nhs.dma.core.assessment.AssessmentTest.ID;
import static uk.nhs.dma.core.assessment.AssessmentTest.as;
import static uk.nhs.dma.core.assessment.AssessmentTest.started;
import static uk.nhs.dma.core.assessment.AssessmentTest.submitted;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.Violations.forbidden;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.bulk.ResultCommands;
import uk.nhs.dma.core.bulk.ResultCommands.Step;
import uk.nhs.dma.core.bulk.ResultRow;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/**
 * A bulk file's row is stored by the API's own commands, each sent as the person the row names: the aggregate's
 * rules (four eyes among them) judge them exactly as they would judge those people's requests.
 */
class ImportedResultTest {

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(new FakeOrganisationDirectory().open("RJ1", ACUTE, LocalDate.of(2000, 4, 1)));
        fixture.registerInjectableResource(new FakeFrameworkCatalogue().publish(framework().build()));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static ResultRow row(String submittedBy, String approvedBy) {
        TreeMap<String, Integer> answers = new TreeMap<>();
        ANSWERS.forEach(a -> answers.put(a.questionId(), a.score()));
        return new ResultRow("RJ1", 2024, "wgll-2024", LocalDate.of(2024, 5, 1), answers, EprStatus.LIVE, "Epic",
                LocalDate.of(2020, 1, 1), submittedBy, approvedBy, TODAY);
    }

    @Test
    void a_row_is_started_answered_declared_and_submitted_by_its_submitter_and_approved_by_its_approver() {
        List<Step> steps = ResultCommands.of(row("alice", "bob"), "admin");

        assertThat(steps).extracting(s -> s.command().getClass().getSimpleName()).containsExactly(
                "StartAssessment", "RecordAnswers", "DeclareEpr", "SubmitAssessment", "ApproveAssessment");
        assertThat(steps).extracting(Step::user).containsExactly("alice", "alice", "alice", "alice", "bob");
    }

    @Test
    void without_a_submitter_the_importer_sends_it_and_without_an_approver_nothing_is_approved() {
        List<Step> steps = ResultCommands.of(row(null, null), "admin");

        assertThat(steps).extracting(Step::user).containsOnly("admin");
        assertThat(steps).extracting(s -> s.command().getClass().getSimpleName()).doesNotContain("ApproveAssessment");
    }

    @Test
    void the_start_of_a_row_records_the_assessment_as_the_api_would() {
        Step start = ResultCommands.of(row("alice", "bob"), "admin").get(0);

        fixture.givenNoPriorActivity()
                .when(start.command(), as(start.user()))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(AssessmentStarted.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void a_row_naming_its_submitter_as_approver_is_refused_by_four_eyes() {
        Step approve = ResultCommands.of(row("alice", "alice"), "admin").get(4);

        fixture.given(started(), GenericEventMessage.asEventMessage(new AnswersRecorded(ID, 1, ANSWERS))
                                .andMetaData(as("alice")),
                        GenericEventMessage.asEventMessage(AssessmentTest.eprLive()).andMetaData(as("alice")),
                        GenericEventMessage.asEventMessage(submitted(1, "alice")).andMetaData(as("alice")))
                .when(approve.command(), as(approve.user()))
                .expectNoEvents()
                .expectException(forbidden("self-approval"));
    }

    @Test
    void a_row_without_a_named_submitter_cannot_be_approved_by_the_importer() {
        Step approve = ResultCommands.of(row(null, "admin"), "admin").get(4);

        fixture.given(started(), GenericEventMessage.asEventMessage(new AnswersRecorded(ID, 1, ANSWERS))
                                .andMetaData(as("admin")),
                        GenericEventMessage.asEventMessage(AssessmentTest.eprLive()).andMetaData(as("admin")),
                        GenericEventMessage.asEventMessage(submitted(1, "admin")).andMetaData(as("admin")))
                .when(approve.command(), as(approve.user()))
                .expectNoEvents()
                .expectException(forbidden("self-approval"));
    }
}
