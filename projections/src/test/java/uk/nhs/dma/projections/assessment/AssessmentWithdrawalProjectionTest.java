package uk.nhs.dma.projections.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.frameworkId;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.ods;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.AssessmentWithdrawn;
import uk.nhs.dma.core.assessment.EprDeclared;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.projections.testing.ReadModelDatabase;

/** A withdrawn draft: shown as WITHDRAWN, counted nowhere, as it was before when known at an earlier instant. */
class AssessmentWithdrawalProjectionTest {

    private static final AssessmentId RJ1_2024 = AssessmentId.of("RJ1-2024");
    private static final Instant DRAFTED = Instant.parse("2026-01-15T10:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-01-16T10:00:00Z");
    private static final Instant RESTARTED = Instant.parse("2026-01-17T10:00:00Z");

    private AssessmentProjection projection;
    private AssessmentQueries queries;
    private SubmissionRows submissions;

    @BeforeEach
    void freshDatabase() {
        NamedParameterJdbcTemplate jdbc = ReadModelDatabase.fresh();
        queries = new AssessmentQueries(jdbc);
        projection = new AssessmentProjection(jdbc);
        submissions = new SubmissionRows(jdbc);
    }

    private void draftThenWithdraw() {
        projection.on(started(), 0, DRAFTED);
        projection.on(new AnswersRecorded(RJ1_2024, 1, List.of(new Answer("q-well-led", 2, null))), 1, DRAFTED);
        projection.on(new EprDeclared(RJ1_2024, 1, live("Epic", "2023-06-01")), 2, DRAFTED);
        projection.on(withdrawn(), 3, WITHDRAWN);
    }

    private static AssessmentStarted started() {
        return new AssessmentStarted(RJ1_2024, ods("RJ1"), 2024, frameworkId(2024), date("2024-03-31"), 1);
    }

    private static AssessmentWithdrawn withdrawn() {
        return new AssessmentWithdrawn(RJ1_2024, 1, "started for the wrong trust", "lead@rj1.nhs.uk");
    }

    private AssessmentView view(Instant knownAt) {
        return queries.handle(new FindAssessment(RJ1_2024, knownAt)).orElseThrow();
    }

    private List<String> listed(AssessmentStatus status) {
        return queries.handle(new ListAssessments(null, null, status, PageRequest.all())).items().stream()
                .map(AssessmentView::assessmentId).toList();
    }

    @Test
    void a_withdrawn_draft_is_shown_as_withdrawn_and_listed_under_that_status_only() {
        draftThenWithdraw();

        assertThat(view(null).status()).isEqualTo(AssessmentStatus.WITHDRAWN);
        assertThat(view(null).version()).isEqualTo(3);
        assertThat(listed(AssessmentStatus.WITHDRAWN)).containsExactly("RJ1-2024");
        assertThat(listed(AssessmentStatus.DRAFT)).isEmpty();
    }

    @Test
    void a_withdrawn_draft_is_counted_nowhere() {
        draftThenWithdraw();

        assertThat(submissions.latestOfYear(2024)).isEmpty();
        assertThat(submissions.yearsOf("RJ1")).isEmpty();
    }

    @Test
    void known_before_the_withdrawal_the_draft_was_there() {
        draftThenWithdraw();

        AssessmentView before = view(DRAFTED.plusSeconds(60));
        assertThat(before.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(before.answers()).extracting(Answer::questionId).containsExactly("q-well-led");
        assertThat(view(WITHDRAWN).status()).isEqualTo(AssessmentStatus.WITHDRAWN);
    }

    @Test
    void starting_again_begins_an_empty_draft_and_a_redelivered_event_changes_nothing() {
        draftThenWithdraw();
        projection.on(started(), 4, RESTARTED);
        projection.on(withdrawn(), 3, WITHDRAWN);
        projection.on(started(), 0, DRAFTED);

        AssessmentView again = view(null);
        assertThat(again.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(again.answers()).isEmpty();
        assertThat(again.epr()).isNull();
        assertThat(again.version()).isEqualTo(4);
        assertThat(view(WITHDRAWN.plusSeconds(60)).status()).isEqualTo(AssessmentStatus.WITHDRAWN);
        assertThat(listed(AssessmentStatus.DRAFT)).containsExactly("RJ1-2024");
    }
}
