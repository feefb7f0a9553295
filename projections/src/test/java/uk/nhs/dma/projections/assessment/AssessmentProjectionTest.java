package uk.nhs.dma.projections.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.epr;
import static uk.nhs.dma.projections.testing.Fixtures.frameworkId;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.ods;
import static uk.nhs.dma.projections.testing.Fixtures.submitted;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;
import static uk.nhs.dma.projections.testing.Fixtures.with;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.progress.SubmittedRevision;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentApproved;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentPage;
import uk.nhs.dma.core.assessment.AssessmentReopened;
import uk.nhs.dma.core.assessment.AssessmentReturned;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.assessment.EprDeclared;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.ListAssessments;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.projections.progress.OrganisationFacts;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.register.RegisterHandlers;
import uk.nhs.dma.projections.testing.ReadModelDatabase;
import uk.nhs.dma.projections.testing.Recorded;

/** Assessments, their revisions and submissions, fed with events, on real PostgreSQL. */
class AssessmentProjectionTest {

    private static final AssessmentId RJ1_2024 = AssessmentId.of("RJ1-2024");
    private static final Instant SUBMITTED_AT = Instant.parse("2024-04-20T11:15:30Z");
    private static final Instant APPROVED_AT = Instant.parse("2024-05-02T16:45:00Z");
    private static final Instant RESUBMITTED_AT = Instant.parse("2024-06-10T09:00:00Z");
    private static final EprDeclaration EPIC = live("Epic", "2023-06-01");
    private static final Map<String, BigDecimal> FIRST = with(uniform("3.5"), "well-led", "2.5");
    private static final Map<String, BigDecimal> SECOND = uniform("3.25");

    private NamedParameterJdbcTemplate jdbc;
    private AssessmentProjection projection;
    private AssessmentQueries queries;
    private SubmissionRows submissions;
    private ProgressFacts facts;

    @BeforeEach
    void freshDatabase() {
        jdbc = ReadModelDatabase.fresh();
        projection = new AssessmentProjection(jdbc);
        queries = new AssessmentQueries(jdbc);
        submissions = new SubmissionRows(jdbc);
        facts = new ProgressFacts(jdbc);
        // the register knows RJ1, so ProgressFacts reports its submissions
        new RegisterHandlers(jdbc).deliver(Recorded.of(new OrganisationRegistered(ods("RJ1"), "Trust RJ1",
                OrganisationType.ACUTE, null, date("2001-04-01")), 0));
    }

    // ---- events of RJ1-2024, by sequence number ----------------------------------------------------------

    private void started() {
        projection.on(new AssessmentStarted(RJ1_2024, ods("RJ1"), 2024, frameworkId(2024), date("2024-03-31"), 1), 0, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void firstAnswers() {
        projection.on(new AnswersRecorded(RJ1_2024, 1, List.of(new Answer("q-well-led", 2, "board paper pending"),
                new Answer("q-smart-foundations", 3, null))), 1, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void secondAnswers() {
        projection.on(new AnswersRecorded(RJ1_2024, 1, List.of(new Answer("q-smart-foundations", 4, "revised"),
                new Answer("q-safe-practice", 1, null))), 2, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void eprDeclared() {
        projection.on(new EprDeclared(RJ1_2024, 1, EPIC), 3, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private AssessmentSubmitted firstSubmission() {
        return submitted("RJ1", 2024, 1, date("2024-03-31"), FIRST, EPIC, "submitter@rj1.nhs.uk", SUBMITTED_AT);
    }

    private void submit() {
        projection.on(firstSubmission(), 4, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void approve() {
        projection.on(new AssessmentApproved(RJ1_2024, 1, "approver@rj1.nhs.uk", APPROVED_AT, date("2024-05-01")), 5, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void reopen() {
        projection.on(new AssessmentReopened(RJ1_2024, 1, 2, "new evidence", "submitter@rj1.nhs.uk"), 6, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void reviseAnswers() {
        projection.on(new AnswersRecorded(RJ1_2024, 2, List.of(new Answer("q-well-led", 4, null))), 7, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void resubmit() {
        projection.on(submitted("RJ1", 2024, 2, date("2024-03-31"), SECOND, EPIC, "submitter@rj1.nhs.uk",
                RESUBMITTED_AT), 8, java.time.Instant.parse("2026-01-15T10:00:00Z"));
    }

    private void wholeHistory() {
        started();
        firstAnswers();
        secondAnswers();
        eprDeclared();
        submit();
        approve();
        reopen();
        reviseAnswers();
        resubmit();
    }

    private AssessmentView view() {
        return queries.handle(new FindAssessment(RJ1_2024)).orElseThrow();
    }

    private List<Object> answers() {
        List<Object> answers = new ArrayList<>();
        answers.add(queries.handle(new FindAssessment(RJ1_2024)));
        answers.add(queries.handle(new ListAssessments(null, null, null, PageRequest.all())));
        answers.add(submissions.yearsOf("RJ1"));
        answers.add(submissions.latestOfYear(2024));
        answers.add(jdbc.getJdbcTemplate().queryForList(
                "select * from read_model.assessment_submission order by assessment_id, revision"));
        return answers;
    }

    // ---- the draft ---------------------------------------------------------------------------------------

    @Test
    void aStartedAssessmentIsADraftWithNothingSubmitted() {
        started();

        AssessmentView view = view();
        assertThat(view.assessmentId()).isEqualTo("RJ1-2024");
        assertThat(view.odsCode()).isEqualTo("RJ1");
        assertThat(view.year()).isEqualTo(2024);
        assertThat(view.frameworkId()).isEqualTo("wgll-2024");
        assertThat(view.assessedOn()).isEqualTo(date("2024-03-31"));
        assertThat(view.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(view.revision()).isEqualTo(1);
        assertThat(view.answers()).isEmpty();
        assertThat(view.epr()).isNull();
        assertThat(view.submittedRevision()).isNull();
        assertThat(view.scores()).isNull();
        assertThat(view.coreCapability()).isNull();
        assertThat(view.foundational()).isNull();
        assertThat(view.submittedBy()).isNull();
        assertThat(view.version()).isZero();
        assertThat(submissions.yearsOf("RJ1")).isEmpty();
    }

    @Test
    void answersAreMergedAcrossPartialSavesTheLatestAnswerToAQuestionWinning() {
        started();
        firstAnswers();
        secondAnswers();

        assertThat(view().answers()).containsExactly(
                new Answer("q-safe-practice", 1, null),
                new Answer("q-smart-foundations", 4, "revised"),
                new Answer("q-well-led", 2, "board paper pending"));
        assertThat(view().version()).isEqualTo(2);
    }

    @Test
    void theEprDeclarationIsKeptWithTheDraft() {
        started();
        eprDeclared();
        projection.on(new EprDeclared(RJ1_2024, 1, epr(EprStatus.DEPLOYING)), 4, java.time.Instant.parse("2026-01-15T10:00:00Z"));

        assertThat(view().epr()).isEqualTo(epr(EprStatus.DEPLOYING));
    }

    // ---- submission, approval, return and reopen -------------------------------------------------------------

    @Test
    void aSubmissionRecordsScoresVerdictsAndWhoSubmitted() {
        started();
        firstAnswers();
        secondAnswers();
        eprDeclared();
        submit();

        AssessmentView view = view();
        assertThat(view.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(view.submittedRevision()).isEqualTo(1);
        assertThat(view.scores().measures().keySet()).containsExactlyElementsOf(WgllMeasures.IDS);
        assertThat(view.scores().measures()).isEqualTo(FIRST);
        assertThat(view.scores().overall()).isEqualByComparingTo(firstSubmission().scores().overall());
        assertThat(view.coreCapability()).isFalse();
        assertThat(view.foundational()).isTrue();
        assertThat(view.submittedBy()).isEqualTo("submitter@rj1.nhs.uk");
        assertThat(view.submittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(view.approvedBy()).isNull();
        assertThat(view.approvedAt()).isNull();
        assertThat(view.boardDate()).isNull();

        SubmissionRows.Latest latest = submissions.latestOfYear(2024).get("RJ1");
        assertThat(latest.revision()).isEqualTo(1);
        assertThat(latest.status()).isEqualTo("SUBMITTED");
        assertThat(latest.eprStatus()).isEqualTo("LIVE");
        assertThat(latest.liveSince()).isEqualTo(date("2023-06-01"));
        assertThat(latest.coreMinimum()).isEqualByComparingTo("3.00");
    }

    @Test
    void approvalFieldsBelongToTheApprovedRevision() {
        started();
        firstAnswers();
        eprDeclared();
        submit();
        approve();

        AssessmentView view = view();
        assertThat(view.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(view.approvedBy()).isEqualTo("approver@rj1.nhs.uk");
        assertThat(view.approvedAt()).isEqualTo(APPROVED_AT);
        assertThat(view.boardDate()).isEqualTo(date("2024-05-01"));
        assertThat(view.version()).isEqualTo(5);
    }

    @Test
    void aReopenedAssessmentKeepsCountingItsLastSubmittedRevisionUntilANewOneIsSubmitted() {
        started();
        firstAnswers();
        secondAnswers();
        eprDeclared();
        submit();
        approve();
        reopen();
        reviseAnswers();

        AssessmentView draft = view();
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(draft.answers()).contains(new Answer("q-well-led", 4, null), new Answer("q-safe-practice", 1, null));
        assertThat(draft.submittedRevision()).isEqualTo(1);
        assertThat(draft.scores().measures()).isEqualTo(FIRST);
        assertThat(draft.approvedBy()).isEqualTo("approver@rj1.nhs.uk");
        assertThat(submissions.yearsOf("RJ1")).extracting(SubmissionRows.Latest::revision).containsExactly(1);
        assertThat(submissions.latestOfYear(2024).get("RJ1").status()).isEqualTo("DRAFT");
        assertThat(onlySubmission().revision()).isEqualTo(1);

        resubmit();

        AssessmentView resubmitted = view();
        assertThat(resubmitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(resubmitted.submittedRevision()).isEqualTo(2);
        assertThat(resubmitted.scores().measures()).isEqualTo(SECOND);
        assertThat(resubmitted.coreCapability()).isTrue();
        assertThat(resubmitted.submittedAt()).isEqualTo(RESUBMITTED_AT);
        assertThat(resubmitted.approvedBy()).isNull();
        assertThat(resubmitted.boardDate()).isNull();
        assertThat(submissions.yearsOf("RJ1")).extracting(SubmissionRows.Latest::revision).containsExactly(2);
        // both revisions are kept; the later one wins
        assertThat(ReadModelDatabase.rows(jdbc, "assessment_submission")).isEqualTo(2);
        assertThat(onlySubmission().revision()).isEqualTo(2);
        assertThat(onlySubmission().coreCapability()).isTrue();
    }

    @Test
    void aReturnedAssessmentKeepsCountingItsSubmittedRevision() {
        started();
        firstAnswers();
        eprDeclared();
        submit();
        projection.on(new AssessmentReturned(RJ1_2024, 1, 2, "evidence missing", "reviewer@icb.nhs.uk"), 5, java.time.Instant.parse("2026-01-15T10:00:00Z"));

        AssessmentView view = view();
        assertThat(view.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(view.revision()).isEqualTo(2);
        assertThat(view.submittedRevision()).isEqualTo(1);
        assertThat(view.scores().measures()).isEqualTo(FIRST);
        assertThat(view.submittedBy()).isEqualTo("submitter@rj1.nhs.uk");
        assertThat(submissions.latestOfYear(2024).get("RJ1").revision()).isEqualTo(1);
    }

    @Test
    void listingFiltersByOrganisationYearAndStatus() {
        wholeHistory();
        AssessmentId rj2 = AssessmentId.of("RJ2-2025");
        projection.on(new AssessmentStarted(rj2, ods("RJ2"), 2025, frameworkId(2025), date("2025-03-31"), 1), 0, java.time.Instant.parse("2026-01-15T10:00:00Z"));

        assertThat(queries.handle(new ListAssessments(null, null, null, PageRequest.all())).items())
                .extracting(AssessmentView::assessmentId).containsExactly("RJ1-2024", "RJ2-2025");
        assertThat(queries.handle(new ListAssessments(ods("RJ2"), null, null, PageRequest.all())).items())
                .extracting(AssessmentView::assessmentId).containsExactly("RJ2-2025");
        assertThat(queries.handle(new ListAssessments(null, 2024, null, PageRequest.all())).items())
                .extracting(AssessmentView::assessmentId).containsExactly("RJ1-2024");
        AssessmentPage drafts = queries.handle(new ListAssessments(null, null, AssessmentStatus.DRAFT, PageRequest.all()));
        assertThat(drafts.items()).extracting(AssessmentView::assessmentId).containsExactly("RJ2-2025");
        assertThat(drafts.total()).isEqualTo(1);
        AssessmentPage page = queries.handle(new ListAssessments(null, null, null, PageRequest.of(1, 1)));
        assertThat(page.items()).extracting(AssessmentView::assessmentId).containsExactly("RJ2-2025");
        assertThat(page.total()).isEqualTo(2);
        assertThat(queries.handle(new FindAssessment(AssessmentId.of("RJ3-2024")))).isEmpty();
    }

    // ---- idempotency and rebuild -------------------------------------------------------------------------

    @Test
    void deliveringEveryEventTwiceChangesNothing() {
        wholeHistory();
        List<Object> once = answers();

        freshDatabase();
        started();
        started();
        firstAnswers();
        firstAnswers();
        secondAnswers();
        secondAnswers();
        eprDeclared();
        eprDeclared();
        submit();
        submit();
        approve();
        approve();
        reopen();
        reopen();
        reviseAnswers();
        reviseAnswers();
        resubmit();
        resubmit();
        assertThat(answers()).isEqualTo(once);

        wholeHistory();
        assertThat(answers()).isEqualTo(once);
    }

    @Test
    void anOldEventRedeliveredAfterLaterOnesChangesNothing() {
        wholeHistory();
        List<Object> before = answers();

        // a partial save of revision 1 seen again after revision 2 was submitted must not overwrite its answers
        firstAnswers();
        // nor may an old submission or approval bring revision 1 back
        submit();
        approve();
        reopen();

        assertThat(answers()).isEqualTo(before);
        assertThat(view().answers()).contains(new Answer("q-well-led", 4, null));
    }

    @Test
    void resetEmptiesTheTablesAndAReplayGivesTheSameAnswers() {
        wholeHistory();
        List<Object> before = answers();

        projection.reset();

        assertThat(ReadModelDatabase.rows(jdbc, "assessment")).isZero();
        assertThat(ReadModelDatabase.rows(jdbc, "assessment_submission")).isZero();
        assertThat(queries.handle(new FindAssessment(RJ1_2024))).isEmpty();

        wholeHistory();
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void progressFactsSeeEverySubmittedRevisionWithItsDeclaration() {
        wholeHistory();

        OrganisationFacts rj1 = facts.organisations().get(0);
        assertThat(rj1.submissions()).hasSize(2);
        SubmittedRevision latest = rj1.counting().latestPerYear(false).get(0);
        assertThat(latest).isEqualTo(new SubmittedRevision(2024, 2, date("2024-03-31"), EprStatus.LIVE,
                date("2023-06-01"), true, true));
        assertThat(rj1.counting().latestAssessedBy(date("2024-03-30"), false)).isEmpty();
        assertThat(rj1.counting().latestAssessedBy(date("2024-03-31"), false)).contains(latest);
    }

    /** The submission target evaluation counts for RJ1: its year's latest submitted revision. */
    private SubmittedRevision onlySubmission() {
        return facts.organisations().stream().filter(o -> o.odsCode().equals("RJ1")).findFirst().orElseThrow()
                .counting().latest(false).orElseThrow();
    }
}
