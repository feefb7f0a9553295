package uk.nhs.dma.core.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The one fixed "now" every test runs at, so "in the future" is deterministic. */
public final class TestTime {

    public static final Instant NOW = Instant.parse("2024-06-15T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    public static final LocalDate TOMORROW = TODAY.plusDays(1);
    public static final LocalDate YESTERDAY = TODAY.minusDays(1);

    private TestTime() {
    }
}
