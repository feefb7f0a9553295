package uk.nhs.dma.core.framework;

import java.math.BigDecimal;

/** Core capability: every measure scores at least the minimum and, if required, the EPR is live. */
public record CoreCapabilityRule(BigDecimal minMeasureScore, boolean requiresEpr) {
}
