package uk.nhs.dma.web.page;

import java.time.DateTimeException;
import java.time.LocalDate;

/** A GOV.UK date input: day, month and year typed in three fields. */
public record DateInput(String day, String month, String year) {

    public static DateInput of(LocalDate date) {
        return date == null ? new DateInput("", "", "")
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return isBlank(day) && isBlank(month) && isBlank(year);
    }

    /** The date, or null when all three fields are empty; an impossible date is refused with the label's name. */
    public LocalDate parse(String label) {
        if (blank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 2100) {
                throw new InvalidDate(label + " must have a 4-digit year");
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            throw new InvalidDate(label + " must be a real date, for example 27 3 2024");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The typed date is not a date. */
    public static class InvalidDate extends RuntimeException {
        public InvalidDate(String message) {
            super(message);
        }
    }
}
