package uk.nhs.dma.core.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a REPORTED target's figure (a percentage, 0 to 100) observed on a date, and its published source. */
public record RecordObservation(@TargetAggregateIdentifier TargetId targetId, LocalDate observedOn,
                                BigDecimal percent, String source) {
}
