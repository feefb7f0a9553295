package uk.nhs.dma.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** An action was added to a plan as PLANNED; {@code action} numbers the plan's actions from 1. */
@JsonTypeName("ActionAdded")
public record ActionAdded(PlanId planId, int action, String description, String owner, LocalDate dueDate,
                          int targetScore) implements PlanEvent {

    @Override
    public <C> void dispatch(PlanEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
