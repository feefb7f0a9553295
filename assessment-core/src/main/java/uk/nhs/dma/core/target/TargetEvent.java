package uk.nhs.dma.core.target;

/**
 * Every fact about a national target. Sealed, and each event calls its own method of a {@link Handler}: a new
 * event must be permitted here and given a method there, and then every handler, each projection included, fails
 * to compile until it handles it.
 */
public sealed interface TargetEvent permits TargetDefined, TargetRevised, ObservationRecorded {

    TargetId targetId();

    /** Calls the handler's method for this event with the given context. */
    <C> void dispatch(Handler<C> handler, C context);

    /** One method per target event: the exhaustive switch of Java 17. */
    interface Handler<C> {
        void on(TargetDefined event, C context);

        void on(TargetRevised event, C context);

        void on(ObservationRecorded event, C context);
    }
}
