package uk.nhs.dma.core.organisation;

import java.time.LocalDate;

public record ProgrammeStatusAward(ProgrammeStatus status, LocalDate awardedOn) {
}
