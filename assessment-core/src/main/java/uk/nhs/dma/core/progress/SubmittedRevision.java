package uk.nhs.dma.core.progress;

import java.time.LocalDate;
import uk.nhs.dma.core.assessment.EprStatus;

/** A submitted revision of one year's assessment, and whether the board had approved it (as known). */
public record SubmittedRevision(int year, int revision, LocalDate assessedOn, EprStatus eprStatus, LocalDate liveSince,
                                boolean coreCapability, boolean foundational, boolean approved) {

    public SubmittedRevision(int year, int revision, LocalDate assessedOn, EprStatus eprStatus, LocalDate liveSince,
                             boolean coreCapability, boolean foundational) {
        this(year, revision, assessedOn, eprStatus, liveSince, coreCapability, foundational, false);
    }
}
