package uk.nhs.dma.core.framework;

import java.math.BigDecimal;
import java.util.List;

/** Foundational capability: the listed measures score at least the minimum and, if required, the EPR is live. */
public record FoundationalRule(List<String> measureIds, BigDecimal minMeasureScore, boolean requiresEpr) {
}
