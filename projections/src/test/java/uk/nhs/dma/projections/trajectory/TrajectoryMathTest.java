package uk.nhs.dma.projections.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;
import static uk.nhs.dma.projections.testing.Fixtures.with;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.assessment.TrajectoryView.Status;
import uk.nhs.dma.core.framework.WgllMeasures;

class TrajectoryMathTest {

    private static final BigDecimal MIN = dec("3.00");

    private static TrajectoryMath.YearResult year(int year, Map<String, BigDecimal> measures, boolean core) {
        return year(year, measures, core, MIN);
    }

    private static TrajectoryMath.YearResult year(int year, Map<String, BigDecimal> measures, boolean core,
                                                  BigDecimal minimum) {
        BigDecimal overall = measures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(measures.size()), 4, java.math.RoundingMode.HALF_EVEN);
        return new TrajectoryMath.YearResult(year, "RJ1-" + year, 1, measures, overall,
                core ? EprStatus.LIVE : EprStatus.DEPLOYING, core, core, minimum);
    }

    /** Two measures only, so each line can be controlled separately. */
    private static Map<String, BigDecimal> two(String wellLed, String smartFoundations) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("well-led", dec(wellLed));
        m.put("smart-foundations", dec(smartFoundations));
        return m;
    }

    private static TrajectoryView compute(int deadline, TrajectoryMath.YearResult... years) {
        return TrajectoryMath.compute("RJ1", List.of(years), deadline);
    }

    @Nested
    class GapToCore {

        @Test
        void perMeasureGapIsMinimumMinusScoreNeverBelowZeroAndTotalIsTheirSum() {
            Map<String, BigDecimal> measures = with(with(uniform("2.5"), "well-led", "3.5"), "smart-foundations", "1.25");

            TrajectoryView view = compute(2025, year(2024, measures, false));

            TrajectoryView.Year y = view.years().get(0);
            assertThat(y.gapToCore().keySet()).containsExactlyElementsOf(WgllMeasures.IDS);
            assertThat(y.gapToCore().get("well-led")).isEqualByComparingTo("0");
            assertThat(y.gapToCore().get("smart-foundations")).isEqualByComparingTo("1.75");
            assertThat(y.gapToCore().get("safe-practice")).isEqualByComparingTo("0.5");
            assertThat(y.gapToCore().get("healthy-populations")).isEqualByComparingTo("0.5");
            // 0 + 1.75 + 5 * 0.5
            assertThat(y.totalGap()).isEqualByComparingTo("4.25");
        }

        @Test
        void scoreExactlyAtTheMinimumHasNoGap() {
            TrajectoryView view = compute(2025, year(2024, uniform("3.0"), false));

            assertThat(view.years().get(0).gapToCore().values()).allSatisfy(g -> assertThat(g).isEqualByComparingTo("0"));
            assertThat(view.years().get(0).totalGap()).isEqualByComparingTo("0");
        }

        @Test
        void eachYearIsMeasuredAgainstItsOwnFrameworksMinimum() {
            TrajectoryView view = compute(2030,
                    year(2023, two("2.0", "2.0"), false, dec("3.00")),
                    year(2024, two("2.0", "2.0"), false, dec("3.50")));

            assertThat(view.years().get(0).totalGap()).isEqualByComparingTo("2.0");
            assertThat(view.years().get(1).totalGap()).isEqualByComparingTo("3.0");
        }

        @Test
        void yearsAreReportedOldestFirstWithTheirSubmissionDetails() {
            TrajectoryView view = compute(2025,
                    year(2025, uniform("3.0"), false), year(2023, uniform("2.0"), false), year(2024, uniform("2.5"), false));

            assertThat(view.years()).extracting(TrajectoryView.Year::year).containsExactly(2023, 2024, 2025);
            assertThat(view.years()).extracting(TrajectoryView.Year::assessmentId)
                    .containsExactly("RJ1-2023", "RJ1-2024", "RJ1-2025");
            assertThat(view.years().get(1).overall()).isEqualByComparingTo("2.5");
            assertThat(view.odsCode()).isEqualTo("RJ1");
        }
    }

    @Nested
    class Trend {

        @Test
        void leastSquaresSlopeOfEvenlyRisingScoresIsTheYearlyStep() {
            TrajectoryView view = compute(2025,
                    year(2023, uniform("2.0"), false), year(2024, uniform("2.5"), false), year(2025, uniform("3.0"), false));

            assertThat(view.trend().keySet()).containsExactlyElementsOf(WgllMeasures.IDS);
            assertThat(view.trend().values()).allSatisfy(slope -> assertThat(slope).isEqualByComparingTo("0.5"));
        }

        @Test
        void leastSquaresSlopeOfScatteredScores() {
            // x = 2022, 2023, 2024; y = 1, 2, 4: mean y 7/3, Sxy = 3, Sxx = 2 -> slope 1.5
            TrajectoryView view = compute(2030,
                    year(2022, two("1.0", "3.0"), false), year(2023, two("2.0", "2.0"), false),
                    year(2024, two("4.0", "1.0"), false));

            assertThat(view.trend().get("well-led")).isEqualByComparingTo("1.5");
            assertThat(view.trend().get("smart-foundations")).isEqualByComparingTo("-1.0");
        }

        @Test
        void slopeIsPerCalendarYearWhenYearsAreMissing() {
            TrajectoryView view = compute(2030, year(2021, two("2.0", "2.0"), false), year(2024, two("3.5", "2.0"), false));

            assertThat(view.trend().get("well-led")).isEqualByComparingTo("0.5");
            assertThat(view.trend().get("smart-foundations")).isEqualByComparingTo("0");
        }

        @Test
        void slopesCarryFourDecimals() {
            // y = 2, 2, 3 over 2022-2024: slope 0.5; y = 2, 3, 3: slope 0.5; y = 1, 1.1, 1.3 -> 0.15
            TrajectoryView view = compute(2030,
                    year(2022, two("1.0", "2.0"), false), year(2023, two("1.1", "3.0"), false),
                    year(2024, two("1.3", "3.0"), false));

            assertThat(view.trend().get("well-led")).isEqualTo(dec("0.1500"));
            assertThat(view.trend().get("smart-foundations")).isEqualTo(dec("0.5000"));
        }

        @Test
        void noTrendFromASingleYear() {
            TrajectoryView view = compute(2025, year(2024, uniform("2.0"), false));

            assertThat(view.trend()).isEmpty();
            assertThat(view.projectedCoreYear()).isNull();
        }
    }

    @Nested
    class ProjectedCoreYear {

        @Test
        void firstYearTheTrendReachesTheMinimum() {
            TrajectoryView view = compute(2025, year(2023, uniform("2.0"), false), year(2024, uniform("2.5"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2025);
        }

        @Test
        void theSlowestMeasureDecides() {
            // well-led reaches 3.0 in 2025, smart-foundations (0.25 a year from 2.0) only in 2027
            TrajectoryView view = compute(2030, year(2023, two("2.0", "2.0"), false), year(2024, two("2.5", "2.25"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2027);
        }

        @Test
        void aFractionalCrossingRoundsUpToTheNextWholeYear() {
            // 2.0 -> 2.4: reaches 3.0 at 2025.5, so 2026
            TrajectoryView view = compute(2030, year(2023, uniform("2.0"), false), year(2024, uniform("2.4"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2026);
        }

        @Test
        void anExactCrossingIsNotPushedAYearLaterByFloatingPointError() {
            // slope 0.3 is not exact in binary; 2.7 + 0.3 = 3.0 in 2026 exactly
            TrajectoryView view = compute(2030, year(2024, uniform("2.4"), false), year(2025, uniform("2.7"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2026);
        }

        @Test
        void aFlatLineBelowTheMinimumNeverGetsThere() {
            TrajectoryView view = compute(2030, year(2023, two("2.0", "2.9"), false), year(2024, two("3.0", "2.9"), false));

            assertThat(view.projectedCoreYear()).isNull();
            assertThat(view.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void aFallingLineBelowTheMinimumNeverGetsThere() {
            TrajectoryView view = compute(2030, year(2023, two("2.0", "2.8"), false), year(2024, two("3.0", "2.6"), false));

            assertThat(view.projectedCoreYear()).isNull();
            assertThat(view.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void linesAlreadyAboveTheMinimumProjectTheLatestSubmittedYear() {
            // scores meet the minimum but the EPR is not live, so not core capable: trend is already there
            TrajectoryView view = compute(2025, year(2022, uniform("3.2"), false), year(2023, uniform("3.4"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2023);
            assertThat(view.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void aFlatLineExactlyAtTheMinimumIsThere() {
            TrajectoryView view = compute(2030, year(2023, two("3.0", "2.0"), false), year(2024, two("3.0", "2.5"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2025);
        }

        @Test
        void aFallingLineStillAboveTheMinimumOnlyAllowsTheYearsBeforeItDropsBelow() {
            // well-led falls 4.0 -> 3.8 (0.2 a year): at or above 3.0 until 2028
            TrajectoryView rising = compute(2030, year(2023, two("4.0", "2.0"), false), year(2024, two("3.8", "2.5"), false));
            assertThat(rising.projectedCoreYear()).isEqualTo(2025);

            // smart-foundations (0.1 a year from 2.5) reaches 3.0 only in 2029: by then well-led is below
            TrajectoryView never = compute(2030, year(2023, two("4.0", "2.4"), false), year(2024, two("3.8", "2.5"), false));
            assertThat(never.projectedCoreYear()).isNull();
        }

        @Test
        void theLatestYearsMinimumIsTheTarget() {
            // 2.0 -> 2.5 reaches 3.0 in 2025 but 3.5 only in 2026
            TrajectoryView view = compute(2030,
                    year(2023, uniform("2.0"), false, dec("3.00")), year(2024, uniform("2.5"), false, dec("3.50")));

            assertThat(view.projectedCoreYear()).isEqualTo(2026);
        }
    }

    @Nested
    class StatusRules {

        @Test
        void achievedWhenTheLatestYearIsCoreCapableEvenWithOneYear() {
            TrajectoryView view = compute(2025, year(2024, uniform("3.5"), true));

            assertThat(view.status()).isEqualTo(Status.ACHIEVED);
        }

        @Test
        void achievedWinsOverAFallingTrend() {
            TrajectoryView view = compute(2025, year(2023, uniform("4.0"), true), year(2024, uniform("3.0"), true));

            assertThat(view.status()).isEqualTo(Status.ACHIEVED);
        }

        @Test
        void anEarlierCoreCapableYearIsNotEnough() {
            // 3.0, 1.0, 2.0: the line (2.5 in 2022, falling 0.5 a year) is below the minimum throughout
            TrajectoryView view = compute(2025, year(2022, uniform("3.0"), true), year(2023, uniform("1.0"), false),
                    year(2024, uniform("2.0"), false));

            assertThat(view.status()).isEqualTo(Status.OFF_TRACK);
            assertThat(view.projectedCoreYear()).isNull();
        }

        @Test
        void aTrustFallingFromTheMinimumIsNotProjectedBackIntoThePast() {
            // The projection looks forward from the latest submitted year: a line that fell from 3.0 to 2.0 is
            // below the minimum from 2024 on and never comes back.
            TrajectoryView view = compute(2025, year(2023, uniform("3.0"), true), year(2024, uniform("2.0"), false));

            assertThat(view.projectedCoreYear()).isNull();
            assertThat(view.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void insufficientDataWithOneYearNotCoreCapable() {
            TrajectoryView view = compute(2025, year(2024, uniform("2.0"), false));

            assertThat(view.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        }

        @Test
        void insufficientDataWithNoYears() {
            TrajectoryView view = TrajectoryMath.compute("RJ1", List.of(), 2025);

            assertThat(view.years()).isEmpty();
            assertThat(view.trend()).isEmpty();
            assertThat(view.projectedCoreYear()).isNull();
            assertThat(view.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        }

        @Test
        void onTrackWhenProjectedBeforeTheDeadline() {
            TrajectoryView view = compute(2026, year(2023, uniform("2.0"), false), year(2024, uniform("2.5"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2025);
            assertThat(view.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void onTrackWhenProjectedInTheDeadlineYear() {
            TrajectoryView view = compute(2025, year(2023, uniform("2.0"), false), year(2024, uniform("2.5"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2025);
            assertThat(view.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void offTrackWhenProjectedTheYearAfterTheDeadline() {
            TrajectoryView view = compute(2024, year(2023, uniform("2.0"), false), year(2024, uniform("2.5"), false));

            assertThat(view.projectedCoreYear()).isEqualTo(2025);
            assertThat(view.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void offTrackWhenNeverProjected() {
            TrajectoryView view = compute(2100, year(2023, uniform("2.0"), false), year(2024, uniform("2.0"), false));

            assertThat(view.projectedCoreYear()).isNull();
            assertThat(view.status()).isEqualTo(Status.OFF_TRACK);
        }
    }
}
