package uk.nhs.dma.projections.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.frameworkId;
import static uk.nhs.dma.projections.testing.Fixtures.ods;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersConfirmed;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentEvidenceView;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentWithdrawn;
import uk.nhs.dma.core.assessment.CarriedAnswerView;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceAttached;
import uk.nhs.dma.core.assessment.EvidenceFile;
import uk.nhs.dma.core.assessment.EvidenceKind;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.EvidenceWithdrawn;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindEvidence;
import uk.nhs.dma.projections.testing.ReadModelDatabase;

/** Evidence and carried answers in the read model: history kept, each event applied once, a restart from nothing. */
class EvidenceProjectionTest {

    private static final AssessmentId ID = AssessmentId.of("RJ1-2025");
    private static final AssessmentId LAST_YEAR = AssessmentId.of("RJ1-2024");
    private static final Instant T1 = Instant.parse("2026-01-15T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-16T10:00:00Z");
    private static final Evidence DOC = new Evidence("e1", "WL1", EvidenceKind.DOCUMENT, "Minutes", null, null,
            new EvidenceFile("d".repeat(64), 99, "application/pdf", "m.pdf"), date("2024-05-01"), date("2025-01-31"));
    private static final Evidence NOTE = new Evidence("e2", null, EvidenceKind.NOTE, "EPR go-live", null,
            "Went live in May", null, date("2024-05-01"), null);

    private AssessmentProjection projection;
    private EvidenceQueries evidence;
    private AssessmentQueries assessments;

    @BeforeEach
    void freshDatabase() {
        NamedParameterJdbcTemplate jdbc = ReadModelDatabase.fresh();
        projection = new AssessmentProjection(jdbc);
        evidence = new EvidenceQueries(jdbc);
        assessments = new AssessmentQueries(jdbc);
    }

    private static AssessmentStarted carrying() {
        return new AssessmentStarted(ID, ods("RJ1"), 2025, frameworkId(2025), date("2025-03-31"), 1, null, LAST_YEAR,
                List.of(new Answer("WL1", 4, null), new Answer("WL2", 3, "kept")));
    }

    private AssessmentEvidenceView view() {
        return evidence.handle(new FindEvidence(ID)).orElseThrow();
    }

    private void carryAttachWithdraw() {
        projection.on(carrying(), 0, T1);
        projection.on(new EvidenceAttached(ID, 1, DOC, "alice", LAST_YEAR), 1, T1);
        projection.on(new EvidenceAttached(ID, 1, NOTE, "bob", null), 2, T1);
        projection.on(new EvidenceWithdrawn(ID, 1, "e2", "wrong date", "carol"), 3, T2);
    }

    @Test
    void items_are_listed_with_who_added_them_and_a_withdrawn_one_stays_marked() {
        carryAttachWithdraw();

        List<EvidenceView> items = view().items();
        assertThat(items).extracting(EvidenceView::evidenceId).containsExactly("e1", "e2");
        EvidenceView doc = items.get(0);
        assertThat(doc.file()).isEqualTo(DOC.file());
        assertThat(doc.carriedFrom()).isEqualTo("RJ1-2024");
        assertThat(doc.addedBy()).isEqualTo("alice");
        assertThat(doc.addedAt()).isEqualTo(T1);
        assertThat(doc.expiredOn(date("2025-02-01"))).isTrue();
        assertThat(doc.withdrawn()).isFalse();
        EvidenceView note = items.get(1);
        assertThat(note.aboutEpr()).isTrue();
        assertThat(note.withdrawn()).isTrue();
        assertThat(note.withdrawnBy()).isEqualTo("carol");
        assertThat(note.withdrawalReason()).isEqualTo("wrong date");
        assertThat(assessments.handle(new FindAssessment(ID)).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void carried_answers_show_as_answers_and_await_confirmation_until_confirmed_or_changed() {
        carryAttachWithdraw();
        assertThat(assessments.handle(new FindAssessment(ID)).orElseThrow().answers())
                .extracting(Answer::questionId).containsExactly("WL1", "WL2");
        assertThat(view().awaitingConfirmation()).containsExactly("WL1", "WL2");

        projection.on(new AnswersConfirmed(ID, 1, List.of("WL2"), "dave"), 4, T2);
        projection.on(new AnswersRecorded(ID, 1, List.of(new Answer("WL1", 5, null))), 5, T2, "erin");

        assertThat(view().awaitingConfirmation()).isEmpty();
        assertThat(view().carriedAnswers()).containsExactly(
                new CarriedAnswerView("WL1", "RJ1-2024", "CHANGED", "erin", T2),
                new CarriedAnswerView("WL2", "RJ1-2024", "CONFIRMED", "dave", T2));
    }

    @Test
    void a_redelivered_event_changes_nothing_and_a_start_after_withdrawal_begins_from_nothing() {
        carryAttachWithdraw();
        projection.on(new AssessmentWithdrawn(ID, 1, "wrong trust", "alice"), 4, T2);
        projection.on(new AssessmentStarted(ID, ods("RJ1"), 2025, frameworkId(2025), date("2025-03-31"), 1), 5, T2);
        // redeliveries of earlier events
        projection.on(carrying(), 0, T1);
        projection.on(new EvidenceAttached(ID, 1, DOC, "alice", LAST_YEAR), 1, T1);
        projection.on(new EvidenceAttached(ID, 1, NOTE, "bob", null), 2, T1);

        assertThat(view().items()).isEmpty();
        assertThat(view().carriedAnswers()).isEmpty();
        assertThat(assessments.handle(new FindAssessment(ID)).orElseThrow().answers()).isEmpty();
    }

    @Test
    void an_assessment_nobody_started_has_no_evidence_view() {
        assertThat(evidence.handle(new FindEvidence(AssessmentId.of("RXX-2025")))).isEmpty();
    }
}
