package uk.nhs.dma.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** An open action's description, owner, due date or target changed; it carries all four as they now are. */
@JsonTypeName("ActionRevised")
public record ActionRevised(PlanId planId, int action, String description, String owner, LocalDate dueDate,
                            int targetScore, String note) implements PlanEvent {

    @Override
    public <C> void dispatch(PlanEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
