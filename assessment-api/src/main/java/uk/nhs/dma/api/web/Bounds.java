package uk.nhs.dma.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Query parameters within the ranges the service and its database deal in: anything else is a 400. */
public final class Bounds {

    private Bounds() {
    }

    public static LocalDate date(LocalDate date, String name) {
        if (date != null && (date.getYear() < 1800 || date.getYear() > 2199)) {
            throw new BadRequest("invalid-parameter", name + " must be a date between the years 1800 and 2199");
        }
        return date;
    }

    public static Instant instant(Instant instant, String name) {
        if (instant != null) {
            int year;
            try {
                year = instant.atOffset(ZoneOffset.UTC).getYear();
            } catch (java.time.DateTimeException e) {
                year = -1;
            }
            if (year < 1970 || year > 2199) {
                throw new BadRequest("invalid-parameter", name + " must be an instant between 1970 and 2199");
            }
        }
        return instant;
    }

    public static Integer year(Integer year, String name) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new BadRequest("invalid-parameter", name + " must be a year between 2000 and 2100");
        }
        return year;
    }
}
