package uk.nhs.dma.core.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A reported figure as observed on a date, its source, and when and by whom it was recorded. */
public record Observation(LocalDate observedOn, BigDecimal percent, String source, Instant recordedAt,
                          String recordedBy) {
}
