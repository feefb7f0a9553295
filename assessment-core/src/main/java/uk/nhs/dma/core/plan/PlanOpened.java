package uk.nhs.dma.core.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * A plan was opened for a measure of an organisation's submitted year that scored below the core minimum. It keeps
 * what it rests on: the submitted revision, the measure's score in it and the core minimum of that year's framework.
 */
@JsonTypeName("PlanOpened")
public record PlanOpened(PlanId planId, OdsCode odsCode, int year, String measureId, int revision,
                         BigDecimal score, BigDecimal coreMinimum) implements PlanEvent {

    @Override
    public <C> void dispatch(PlanEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
