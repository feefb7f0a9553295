package uk.nhs.dma.core.plan;

/**
 * Every fact about an improvement plan. Sealed, and each event calls its own method of a {@link Handler}: a new
 * event must be permitted here and given a method there, and then every handler, each projection included, fails to
 * compile until it handles it.
 */
public sealed interface PlanEvent permits PlanOpened, ActionAdded, ActionStatusChanged, ActionRevised {

    PlanId planId();

    /** Calls the handler's method for this event with the given context. */
    <C> void dispatch(Handler<C> handler, C context);

    /** One method per plan event. */
    interface Handler<C> {
        void on(PlanOpened event, C context);

        void on(ActionAdded event, C context);

        void on(ActionStatusChanged event, C context);

        void on(ActionRevised event, C context);
    }
}
