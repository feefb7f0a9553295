package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import java.util.List;

/** What other aggregates may know of an organisation when they check their own rules. */
public record OrganisationSnapshot(OdsCode odsCode, String name, OrganisationType type, LocalDate openedOn,
                                   LocalDate closedOn, List<ParentAssignment> parents) {

    /** Open on a date: opened on or before it (or no opening date recorded) and not closed on or before it. */
    public boolean isOpenOn(LocalDate date) {
        boolean opened = openedOn == null || !openedOn.isAfter(date);
        boolean notClosed = closedOn == null || closedOn.isAfter(date);
        return opened && notClosed;
    }
}
