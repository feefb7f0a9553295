package uk.nhs.dma.core.assessment;

import uk.nhs.dma.core.organisation.OdsCode;

/** An organisation's path toward core capability. Answered with an optional {@link TrajectoryView}. */
public record FindTrajectory(OdsCode odsCode) {
}
