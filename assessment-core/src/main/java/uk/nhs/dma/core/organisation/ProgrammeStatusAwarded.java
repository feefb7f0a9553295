package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

public record ProgrammeStatusAwarded(OdsCode odsCode, ProgrammeStatus status, LocalDate awardedOn) {
}
