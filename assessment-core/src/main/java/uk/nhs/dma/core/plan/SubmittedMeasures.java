package uk.nhs.dma.core.plan;

import java.math.BigDecimal;
import java.util.Map;
import uk.nhs.dma.core.framework.CoreCapabilityRule;

/** What an organisation's latest submitted revision of a year scored per measure, and the core rule it was judged by. */
public record SubmittedMeasures(int revision, Map<String, BigDecimal> measures, CoreCapabilityRule coreCapability) {
}
