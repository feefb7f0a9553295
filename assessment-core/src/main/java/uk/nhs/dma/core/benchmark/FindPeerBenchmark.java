package uk.nhs.dma.core.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * An organisation's scores for a year against its care-setting peers (its type, open on {@code asOf}, each with its
 * latest submitted revision of the year), nationally and in its region by the hierarchy of {@code asOf}, from what
 * the service knew at {@code knownAt} (null: now). Answered with an optional {@link PeerBenchmarkView} (empty for an
 * organisation not registered by then).
 */
public record FindPeerBenchmark(OdsCode odsCode, int year, LocalDate asOf, Instant knownAt) {
}
