package uk.nhs.dma.core.target;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A REPORTED target's national figure as observed on a date, with where it was published. */
@JsonTypeName("ObservationRecorded")
public record ObservationRecorded(TargetId targetId, LocalDate observedOn, BigDecimal percent, String source)
        implements TargetEvent {

    @Override
    public <C> void dispatch(TargetEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
