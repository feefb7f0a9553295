package uk.nhs.dma.core.organisation;

import java.time.LocalDate;
import java.util.List;

/** An organisation as the register shows it: its parent as of the asked date, and its dated history. */
public record OrganisationView(String odsCode, String name, OrganisationType type, String parentCode,
                               LocalDate openedOn, LocalDate closedOn, String successorOdsCode,
                               List<ParentAssignment> parents, List<ProgrammeStatusAward> programmeStatuses,
                               long version) {
}
