package uk.nhs.dma.core.assessment;

import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.testsupport.TestFrameworks.WGLL_2024;
import static uk.nhs.dma.core.testsupport.TestFrameworks.framework;
import static uk.nhs.dma.core.testsupport.TestFrameworks.mandatoryAnswers;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.TestTime.TOMORROW;
import static uk.nhs.dma.core.testsupport.TestTime.YESTERDAY;
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
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.testsupport.FakeFrameworkCatalogue;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/** Evidence on an assessment's answers and EPR declaration: what an item needs, and when it may change. */
class EvidenceTest {

    static final OdsCode RJ1 = OdsCode.of("RJ1");
    static final AssessmentId ID = AssessmentId.of("RJ1-2024");
    static final String SHA = "a".repeat(64);
    static final Map<String, Object> ALICE = Map.of("user", "alice");

    private FixtureConfiguration<Assessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(new FakeOrganisationDirectory().open("RJ1", ACUTE, LocalDate.of(2000, 4, 1)));
        fixture.registerInjectableResource(new FakeFrameworkCatalogue().publish(framework().build()));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static AssessmentStarted started() {
        return new AssessmentStarted(ID, RJ1, 2024, WGLL_2024, LocalDate.of(2024, 5, 1), 1, ACUTE);
    }

    static Evidence note(String id, String questionId) {
        return new Evidence(id, questionId, EvidenceKind.NOTE, "Board minutes", null, "Agreed on 3 May",
                null, YESTERDAY, null);
    }

    static Evidence link(String url) {
        return new Evidence("e-link", "WL1", EvidenceKind.LINK, "Strategy", url, null, null, YESTERDAY, null);
    }

    static Evidence document(EvidenceFile file) {
        return new Evidence("e-doc", null, EvidenceKind.DOCUMENT, "EPR contract", null, null, file, TODAY,
                LocalDate.of(2026, 3, 31));
    }

    static EvidenceAttached attached(Evidence item) {
        return new EvidenceAttached(ID, 1, item, "alice", null);
    }

    @Test
    void a_note_on_an_answer_is_attached_by_whoever_sent_it() {
        fixture.given(started())
                .when(new AttachEvidence(ID, note("e1", "WL1"), null), ALICE)
                .expectEvents(attached(note("e1", "WL1")));
    }

    @Test
    void a_document_about_the_epr_records_its_file_and_its_dates() {
        Evidence doc = document(new EvidenceFile(SHA, 1234, "application/pdf", "contract.pdf"));
        fixture.given(started())
                .when(new AttachEvidence(ID, doc, null), ALICE)
                .expectEvents(attached(doc));
    }

    @Test
    void a_link_must_be_http_or_https() {
        fixture.given(started()).when(new AttachEvidence(ID, link("https://intranet.rj1.nhs.uk/strategy"), null), ALICE)
                .expectSuccessfulHandlerExecution();
        fixture.given(started()).when(new AttachEvidence(ID, link("javascript:alert(1)"), null), ALICE)
                .expectException(invalid("link")).expectNoEvents();
        fixture.given(started()).when(new AttachEvidence(ID, link("file:///etc/passwd"), null), ALICE)
                .expectException(invalid("link")).expectNoEvents();
    }

    @Test
    void the_effective_date_may_not_be_in_the_future() {
        Evidence tomorrow = new Evidence("e1", "WL1", EvidenceKind.NOTE, "Plan", null, "n", null, TOMORROW, null);
        fixture.given(started()).when(new AttachEvidence(ID, tomorrow, null), ALICE)
                .expectException(invalid("effectiveOn")).expectNoEvents();
    }

    @Test
    void the_expiry_date_may_not_be_before_the_effective_date_but_may_be_in_the_past() {
        Evidence backwards = new Evidence("e1", "WL1", EvidenceKind.NOTE, "Plan", null, "n", null, TODAY, YESTERDAY);
        fixture.given(started()).when(new AttachEvidence(ID, backwards, null), ALICE)
                .expectException(invalid("expiresOn")).expectNoEvents();
        Evidence expired = new Evidence("e1", "WL1", EvidenceKind.NOTE, "Plan", null, "n", null,
                LocalDate.of(2023, 1, 1), YESTERDAY);
        fixture.given(started()).when(new AttachEvidence(ID, expired, null), ALICE)
                .expectEvents(attached(expired));
    }

    @Test
    void each_kind_needs_its_own_content_and_nothing_else() {
        fixture.given(started()).when(new AttachEvidence(ID, document(null), null), ALICE)
                .expectException(invalid("file")).expectNoEvents();
        fixture.given(started()).when(new AttachEvidence(ID, document(new EvidenceFile("xyz", 10, "text/plain",
                        "a.txt")), null), ALICE)
                .expectException(invalid("file")).expectNoEvents();
        fixture.given(started()).when(new AttachEvidence(ID, new Evidence("e1", "WL1", EvidenceKind.NOTE, "t",
                        "https://x.nhs.uk", "n", null, TODAY, null), null), ALICE)
                .expectException(invalid("link")).expectNoEvents();
        fixture.given(started()).when(new AttachEvidence(ID, new Evidence("e1", "WL1", EvidenceKind.NOTE, " ",
                        null, "n", null, TODAY, null), null), ALICE)
                .expectException(invalid("title")).expectNoEvents();
    }

    @Test
    void the_question_must_be_in_the_framework() {
        fixture.given(started()).when(new AttachEvidence(ID, note("e1", "ZZ9"), null), ALICE)
                .expectException(unknown("questionId")).expectNoEvents();
    }

    @Test
    void an_evidence_id_is_used_once_even_after_withdrawal() {
        fixture.given(started(), attached(note("e1", "WL1")), new EvidenceWithdrawn(ID, 1, "e1", "wrong", "alice"))
                .when(new AttachEvidence(ID, note("e1", "WL2"), null), ALICE)
                .expectException(conflict("evidence-id-used")).expectNoEvents();
    }

    @Test
    void withdrawal_names_who_and_why_and_cannot_happen_twice() {
        fixture.given(started(), attached(note("e1", "WL1")))
                .when(new WithdrawEvidence(ID, "e1", "superseded", null), Map.of("user", "bob"))
                .expectEvents(new EvidenceWithdrawn(ID, 1, "e1", "superseded", "bob"));
        fixture.given(started(), attached(note("e1", "WL1")), new EvidenceWithdrawn(ID, 1, "e1", "x", "bob"))
                .when(new WithdrawEvidence(ID, "e1", "again", null), ALICE)
                .expectException(conflict("evidence-withdrawn")).expectNoEvents();
        fixture.given(started()).when(new WithdrawEvidence(ID, "e9", "why", null), ALICE)
                .expectException(unknown("evidenceId")).expectNoEvents();
        fixture.given(started(), attached(note("e1", "WL1"))).when(new WithdrawEvidence(ID, "e1", " ", null), ALICE)
                .expectException(invalid("reason")).expectNoEvents();
    }

    @Test
    void evidence_changes_only_in_a_draft_and_a_reopened_revision_keeps_it() {
        List<Answer> answers = mandatoryAnswers(3);
        EprDeclaration epr = new EprDeclaration(EprStatus.LIVE, "Epic", LocalDate.of(2020, 1, 1));
        Object[] submitted = {started(), attached(note("e1", "WL1")), new AnswersRecorded(ID, 1, answers),
                new EprDeclared(ID, 1, epr), AssessmentTest.submitted(1, "alice")};
        fixture.given(submitted).when(new AttachEvidence(ID, note("e2", "WL1"), null), ALICE)
                .expectException(conflict("not-draft")).expectNoEvents();
        fixture.given(submitted).when(new WithdrawEvidence(ID, "e1", "late", null), ALICE)
                .expectException(conflict("not-draft")).expectNoEvents();
        fixture.given(submitted).andGiven(new AssessmentReopened(ID, 1, 2, "more evidence", "alice"))
                .when(new WithdrawEvidence(ID, "e1", "superseded", null), ALICE)
                .expectEvents(new EvidenceWithdrawn(ID, 2, "e1", "superseded", "alice"));
    }
}
