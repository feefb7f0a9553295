package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as the register shows it: its parent as of the asked date, its dated history, and (a practice or
 * a care provider) its CQC location id.
 */
public record OrganisationView(String odsCode, String name, OrganisationType type, String parentCode,
                               LocalDate openedOn, LocalDate closedOn, String successorOdsCode,
                               List<ParentAssignment> parents, List<ProgrammeStatusAward> programmeStatuses,
                               long version, String cqcLocationId) {

    public OrganisationView(String odsCode, String name, OrganisationType type, String parentCode,
                            LocalDate openedOn, LocalDate closedOn, String successorOdsCode,
                            List<ParentAssignment> parents, List<ProgrammeStatusAward> programmeStatuses,
                            long version) {
        this(odsCode, name, type, parentCode, openedOn, closedOn, successorOdsCode, parents, programmeStatuses,
                version, null);
    }
}
