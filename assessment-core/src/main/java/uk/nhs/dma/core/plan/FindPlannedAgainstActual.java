package uk.nhs.dma.core.plan;

import java.time.Instant;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * For an organisation's assessment of {@code year}, each measure's target planned in the plans of {@code year - 1}
 * beside the score actually submitted, as known at {@code knownAt} (null: now). Answered with a
 * {@link PlannedAgainstActualView}.
 */
public record FindPlannedAgainstActual(OdsCode odsCode, int year, Instant knownAt) {
}
