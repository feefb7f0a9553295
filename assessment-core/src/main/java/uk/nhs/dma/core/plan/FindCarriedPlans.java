package uk.nhs.dma.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * The improvement plans of {@code year - 1} carried into an organisation's assessment of {@code year}, as known at
 * {@code knownAt} (null: now); an open action due before {@code today} is overdue. Answered with a list of
 * {@link CarriedPlan}, one per planned measure in the framework's order.
 */
public record FindCarriedPlans(OdsCode odsCode, int year, Instant knownAt, LocalDate today) {
}
