package uk.nhs.dma.core.capability;

import uk.nhs.dma.core.organisation.OdsCode;

/**
 * Every fact about an organisation's declared capabilities. Sealed, and each event calls its own method of a
 * {@link Handler}: a new event must be permitted here and given a method there, and then every handler, each
 * projection included, fails to compile until it handles it.
 */
public sealed interface CapabilityEvent permits CapabilityDeclared {

    OdsCode odsCode();

    /** Calls the handler's method for this event with the given context. */
    <C> void dispatch(Handler<C> handler, C context);

    /** One method per capability event: the exhaustive switch of Java 17. */
    interface Handler<C> {
        void on(CapabilityDeclared event, C context);
    }
}
