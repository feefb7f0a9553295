package uk.nhs.dma.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** An action moved from one status to another, with the note that says why. */
@JsonTypeName("ActionStatusChanged")
public record ActionStatusChanged(PlanId planId, int action, ActionStatus from, ActionStatus to, String note)
        implements PlanEvent {

    @Override
    public <C> void dispatch(PlanEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
