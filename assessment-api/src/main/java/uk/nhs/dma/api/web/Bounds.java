package uk.nhs.dma.api.web;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The constraints {@link PlausibleDate} and {@link PlausibleInstant}, checked by hand, for the handlers that do
 * not declare them on their parameters yet (audit's progress changes, which moves with the event store): 400.
 */
public final class Bounds {

    private Bounds() {
    }

    public static LocalDate date(LocalDate date, String name) {
        if (!new PlausibleDate.Check().isValid(date, null)) {
            throw new BadRequest("invalid-parameter", name + " " + PlausibleDate.MESSAGE);
        }
        return date;
    }

    public static Instant instant(Instant instant, String name) {
        if (!new PlausibleInstant.Check().isValid(instant, null)) {
            throw new BadRequest("invalid-parameter", name + " " + PlausibleInstant.MESSAGE);
        }
        return instant;
    }
}
