package uk.nhs.dma.core.assessment;

/**
 * Every fact about an assessment. Sealed, and each event calls its own method of a {@link Handler}: a new event
 * must be permitted here and given a method there, and then every handler, each projection included, fails to
 * compile until it handles it.
 */
public sealed interface AssessmentEvent permits AssessmentStarted, AnswersRecorded, EprDeclared, AssessmentSubmitted,
        AssessmentApproved, AssessmentReturned, AssessmentReopened, AssessmentWithdrawn, EvidenceAttached,
        EvidenceWithdrawn, AnswersConfirmed {

    AssessmentId assessmentId();

    /** Calls the handler's method for this event with the given context. */
    <C> void dispatch(Handler<C> handler, C context);

    /** One method per assessment event: the exhaustive switch of Java 17. */
    interface Handler<C> {
        void on(AssessmentStarted event, C context);

        void on(AnswersRecorded event, C context);

        void on(EprDeclared event, C context);

        void on(AssessmentSubmitted event, C context);

        void on(AssessmentApproved event, C context);

        void on(AssessmentReturned event, C context);

        void on(AssessmentReopened event, C context);

        void on(AssessmentWithdrawn event, C context);

        void on(EvidenceAttached event, C context);

        void on(EvidenceWithdrawn event, C context);

        void on(AnswersConfirmed event, C context);
    }
}
