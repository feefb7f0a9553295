package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.progress.CountingFacts;
import uk.nhs.dma.core.progress.SubmittedRevision;

/**
 * What target evaluation needs to know of one organisation, read from the projections: its place in the
 * hierarchy ({@link #node()}) and what a target may count of it ({@link #counting()}), declared capabilities
 * included.
 */
public record OrganisationFacts(String odsCode, String name, OrganisationType type, LocalDate openedOn,
                                LocalDate closedOn, List<ParentAssignment> parents,
                                Map<ProgrammeStatus, LocalDate> programmeStatuses,
                                List<SubmittedRevision> submissions, List<DeclaredStatus> declarations) {

    public OrganisationFacts {
        declarations = declarations == null ? List.of() : declarations;
    }

    public OrganisationFacts(String odsCode, String name, OrganisationType type, LocalDate openedOn,
                             LocalDate closedOn, List<ParentAssignment> parents,
                             Map<ProgrammeStatus, LocalDate> programmeStatuses, List<SubmittedRevision> submissions) {
        this(odsCode, name, type, openedOn, closedOn, parents, programmeStatuses, submissions, List.of());
    }

    public Hierarchy.Node node() {
        return new Hierarchy.Node(OdsCode.of(odsCode), type, openedOn, closedOn, parents);
    }

    public CountingFacts counting() {
        return new CountingFacts(submissions, programmeStatuses, declarations);
    }
}
