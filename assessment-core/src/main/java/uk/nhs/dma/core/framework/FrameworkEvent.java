package uk.nhs.dma.core.framework;

/**
 * Every fact about a framework (so far only its publication). Sealed, and each event calls its own method of a
 * {@link Handler}: a new event must be permitted here and given a method there, and then every handler, each
 * projection included, fails to compile until it handles it.
 */
public sealed interface FrameworkEvent permits FrameworkPublished {

    /** Calls the handler's method for this event with the given context. */
    <C> void dispatch(Handler<C> handler, C context);

    /** One method per framework event: the exhaustive switch of Java 17. */
    interface Handler<C> {
        void on(FrameworkPublished event, C context);
    }
}
