package uk.nhs.dma.core.organisation;

/**
 * Every fact about an organisation. Sealed, and each event calls its own method of a {@link Handler}: a new event
 * must be permitted here and given a method there, and then every handler, each projection included, fails to
 * compile until it handles it.
 */
public sealed interface OrganisationEvent permits OrganisationRegistered, OrganisationReassigned, OrganisationClosed,
        ProgrammeStatusAwarded {

    OdsCode odsCode();

    /** Calls the handler's method for this event with the given context. */
    <C> void dispatch(Handler<C> handler, C context);

    /** One method per organisation event: the exhaustive switch of Java 17. */
    interface Handler<C> {
        void on(OrganisationRegistered event, C context);

        void on(OrganisationReassigned event, C context);

        void on(OrganisationClosed event, C context);

        void on(ProgrammeStatusAwarded event, C context);
    }
}
