package uk.nhs.dma.core.assessment;

import java.time.Instant;
import uk.nhs.dma.core.organisation.OdsCode;

/** An organisation's path toward core capability, now or as known at an instant. Answered with an optional {@link TrajectoryView}. */
public record FindTrajectory(OdsCode odsCode, Instant knownAt) {

    public FindTrajectory(OdsCode odsCode) {
        this(odsCode, null);
    }
}
