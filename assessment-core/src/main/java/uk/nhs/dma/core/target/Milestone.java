package uk.nhs.dma.core.target;

import java.math.BigDecimal;
import java.time.LocalDate;

/** By this date, at least this percentage of the population should count. */
public record Milestone(LocalDate dueBy, BigDecimal thresholdPercent) {
}
