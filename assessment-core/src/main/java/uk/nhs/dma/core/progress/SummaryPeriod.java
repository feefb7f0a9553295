package uk.nhs.dma.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.framework.FrameworkView;

/**
 * The year a summary is for and the date whose hierarchy it uses. Left out: the latest year of the frameworks
 * published by {@code knownAt} (all when null; this year when there are none), and the earliest reference date
 * of that year's frameworks (31 December of the year when it has none).
 */
public record SummaryPeriod(int year, LocalDate asOf) {

    public static SummaryPeriod of(Integer year, LocalDate asOf, Instant knownAt, List<FrameworkView> frameworks,
                                   LocalDate today) {
        List<FrameworkView> known = frameworks.stream()
                .filter(f -> knownAt == null || !f.publishedAt().isAfter(knownAt)).toList();
        int forYear = year != null ? year : known.stream().mapToInt(f -> f.definition().assessmentYear())
                .max().orElse(today.getYear());
        LocalDate date = asOf != null ? asOf : known.stream()
                .filter(f -> f.definition().assessmentYear() == forYear)
                .map(f -> f.definition().referenceDate()).min(LocalDate::compareTo)
                .orElseGet(() -> LocalDate.of(forYear, 12, 31));
        return new SummaryPeriod(forYear, date);
    }
}
