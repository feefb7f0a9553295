package uk.nhs.dma.core.assessment;

import java.math.BigDecimal;
import java.util.Map;

/** Measure scores in the framework's measure order, and their mean. */
public record Scores(Map<String, BigDecimal> measures, BigDecimal overall) {
}
