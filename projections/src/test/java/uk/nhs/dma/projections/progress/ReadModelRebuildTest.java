package uk.nhs.dma.projections.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.core.target.ListTargets;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.Recorded;
import uk.nhs.dma.projections.testing.Scenario;

/**
 * The rebuild guarantee: after every processor is reset and the events replayed from the first, every query
 * answers exactly as before; and a processor seeing events again (same sequence numbers) changes nothing.
 */
class ReadModelRebuildTest {

    private static final List<String> TABLES = List.of("organisation", "organisation_parent", "programme_status",
            "framework", "target", "target_revision", "assessment", "assessment_submission");
    private static final List<String> CODES = List.of("Y61", "Y56", "QOP", "QKK", "RA1", "RA2", "RA3", "RA4", "RM1", "RX1");
    private static final List<String> DATES = List.of("2023-03-31", "2024-03-30", "2024-03-31", "2024-04-01",
            "2024-09-30", "2024-10-01", "2025-03-31", "2026-11-21");
    private static final List<String> SCOPES = List.of("NATIONAL", "REGION:Y61", "REGION:Y56", "ICB:QOP", "ICB:QKK");

    private ReadModel model;

    @BeforeEach
    void load() {
        model = ReadModel.fresh();
        Scenario.load(model);
    }

    /** Every query answer the read model gives about the scenario. */
    private List<Object> answers() {
        List<Object> answers = new ArrayList<>();
        answers.add(model.register.targets.handle(new ListTargets()));
        answers.add(model.register.frameworks.handle(new ListFrameworks()));
        answers.add(model.assessmentQueries.handle(new ListAssessments(null, null, null, PageRequest.all())));
        for (String code : CODES) {
            answers.add(model.trajectoryQueries.handle(new FindTrajectory(OdsCode.of(code))));
            for (int year : List.of(2023, 2024)) {
                answers.add(model.assessmentQueries.handle(new FindAssessment(AssessmentId.of(OdsCode.of(code), year))));
            }
        }
        for (String asOf : DATES) {
            answers.add(model.organisationQueries.handle(new ListOrganisations(null, null, date(asOf), PageRequest.all())));
            for (String code : CODES) {
                answers.add(model.organisationQueries.handle(new FindOrganisation(OdsCode.of(code), date(asOf))));
            }
            for (String scope : SCOPES) {
                for (String target : List.of("epr-coverage", "foundational", "core-capability")) {
                    answers.add(model.progressQueries.handle(
                            new FindTargetProgress(TargetId.of(target), date(asOf), Scope.parse(scope))));
                }
                answers.add(model.progressQueries.handle(new FindSummary(Scope.parse(scope), 2024, date(asOf))));
            }
        }
        return answers;
    }

    @Test
    void theScenarioDeliversEveryKindOfEvent() {
        assertThat(model.log().stream().map(r -> r.payload().getClass().getSimpleName()).distinct())
                .containsExactlyInAnyOrder("OrganisationRegistered", "OrganisationReassigned", "OrganisationClosed",
                        "ProgrammeStatusAwarded", "FrameworkPublished", "TargetDefined", "TargetRevised",
                        "AssessmentStarted", "AnswersRecorded", "EprDeclared", "AssessmentSubmitted",
                        "AssessmentApproved", "AssessmentReopened");
        assertThat(TABLES).allSatisfy(table -> assertThat(model.rows(table)).as(table).isPositive());
    }

    @Test
    void resettingEveryProcessorEmptiesEveryTable() {
        model.resetAll();

        assertThat(TABLES).allSatisfy(table -> assertThat(model.rows(table)).as(table).isZero());
    }

    @Test
    void aReplayFromTheFirstEventGivesIdenticalAnswers() {
        List<Object> before = answers();

        model.rebuild();

        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void aReplayAfterAPartialRebuildGivesIdenticalAnswers() {
        List<Object> before = answers();

        // a crash half way through a replay, then the replay restarted from the beginning
        model.resetAll();
        List<Recorded> log = model.log();
        log.subList(0, log.size() / 2).forEach(model::redeliver);
        model.rebuild();

        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void aReplayInBatchesGivesIdenticalAnswersAndKeptViews() {
        List<Object> before = answers();
        List<String> views = keptViews();

        // as a processor replays: several events per unit of work, whose writes are held until it commits
        model.resetAll();
        List<Recorded> log = model.log();
        for (int from = 0; from < log.size(); from += 7) {
            List<Recorded> batch = log.subList(from, Math.min(log.size(), from + 7));
            DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"))
                    .execute(() -> batch.forEach(model::redeliver));
        }

        assertThat(answers()).isEqualTo(before);
        assertThat(keptViews()).isEqualTo(views).isNotEmpty();
    }

    private List<String> keptViews() {
        return model.jdbc.getJdbcTemplate().queryForList("select assessment_id || ' ' || version || ' ' || recorded_at"
                + " || ' ' || view::text from read_model.assessment_version order by assessment_id, version", String.class);
    }

    @Test
    void seeingEveryEventAgainChangesNothing() {
        List<Object> before = answers();
        List<Integer> rows = TABLES.stream().map(model::rows).toList();

        model.log().forEach(model::redeliver);

        assertThat(answers()).isEqualTo(before);
        assertThat(TABLES.stream().map(model::rows).toList()).isEqualTo(rows);
    }

    @Test
    void seeingEventsAgainInReverseOrderChangesNothing() {
        List<Object> before = answers();

        List<Recorded> reversed = new ArrayList<>(model.log());
        java.util.Collections.reverse(reversed);
        reversed.forEach(model::redeliver);

        assertThat(answers()).isEqualTo(before);
    }
}
