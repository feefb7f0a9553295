package uk.nhs.dma.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.testsupport.TestFrameworks;

/** The summary's defaults: the latest published framework's year, with the hierarchy of its reference date. */
class SummaryPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Instant JAN_2024 = Instant.parse("2024-01-10T10:00:00Z");
    private static final Instant JAN_2025 = Instant.parse("2025-01-10T10:00:00Z");

    private static FrameworkView framework(String id, int year, LocalDate reference, Instant publishedAt) {
        return new FrameworkView(TestFrameworks.framework().id(id).year(year).referenceDate(reference).build(),
                publishedAt, "admin", 0);
    }

    private final List<FrameworkView> frameworks = List.of(
            framework("wgll-2024", 2024, LocalDate.of(2024, 3, 31), JAN_2024),
            framework("wgll-2025", 2025, LocalDate.of(2025, 3, 31), JAN_2025),
            framework("wgll-community-2025", 2025, LocalDate.of(2025, 2, 28), JAN_2025));

    @Test
    void left_out_the_year_is_the_latest_framework_s_and_the_date_its_earliest_reference_date() {
        assertThat(SummaryPeriod.of(null, null, null, frameworks, TODAY))
                .isEqualTo(new SummaryPeriod(2025, LocalDate.of(2025, 2, 28)));
    }

    @Test
    void as_known_at_an_instant_only_the_frameworks_published_by_then_count() {
        assertThat(SummaryPeriod.of(null, null, JAN_2024, frameworks, TODAY))
                .isEqualTo(new SummaryPeriod(2024, LocalDate.of(2024, 3, 31)));
    }

    @Test
    void a_given_year_and_date_are_kept() {
        assertThat(SummaryPeriod.of(2024, null, null, frameworks, TODAY))
                .isEqualTo(new SummaryPeriod(2024, LocalDate.of(2024, 3, 31)));
        assertThat(SummaryPeriod.of(2024, LocalDate.of(2024, 6, 1), null, frameworks, TODAY))
                .isEqualTo(new SummaryPeriod(2024, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void with_no_framework_for_the_year_it_is_this_year_and_its_last_day() {
        assertThat(SummaryPeriod.of(null, null, null, List.of(), TODAY))
                .isEqualTo(new SummaryPeriod(2026, LocalDate.of(2026, 12, 31)));
        assertThat(SummaryPeriod.of(2023, null, null, frameworks, TODAY))
                .isEqualTo(new SummaryPeriod(2023, LocalDate.of(2023, 12, 31)));
    }
}
