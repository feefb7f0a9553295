package uk.nhs.dma.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.assessment.EprStatus.DEPLOYING;
import static uk.nhs.dma.core.assessment.EprStatus.LIVE;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.AMBULANCE;
import static uk.nhs.dma.core.organisation.OrganisationType.MENTAL_HEALTH;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * Lists passed in are mostly built with Arrays.asList, which (unlike List.of) may hold null, so null elements can be
 * tested; the immutable_list tests pin that List.of(...) input, whose contains(null) throws, is accepted too.
 */
class TargetRulesTest {

    static Milestone milestone(String dueBy, String percent) {
        return new Milestone(LocalDate.parse(dueBy), new BigDecimal(percent));
    }

    @Test
    void milestones_are_sorted_by_date_with_thresholds_at_scale_2() {
        List<Milestone> clean = TargetRules.milestones(Arrays.asList(
                milestone("2026-03-31", "95"), milestone("2025-03-31", "90.5")));

        assertThat(clean).containsExactly(milestone("2025-03-31", "90.50"), milestone("2026-03-31", "95.00"));
    }

    @Test
    void milestone_thresholds_0_and_100_are_accepted() {
        assertThat(TargetRules.milestones(Arrays.asList(milestone("2025-03-31", "0"), milestone("2026-03-31", "100"))))
                .extracting(Milestone::thresholdPercent)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("100.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "150"})
    void milestone_threshold_is_a_percentage(String percent) {
        assertInvalid(() -> TargetRules.milestones(Arrays.asList(milestone("2025-03-31", percent))),
                "milestones.thresholdPercent");
    }

    @Test
    void two_milestones_cannot_share_a_date() {
        assertInvalid(() -> TargetRules.milestones(Arrays.asList(
                milestone("2025-03-31", "50"), milestone("2026-03-31", "70"), milestone("2025-03-31", "60"))),
                "milestones.dueBy");
    }

    @Test
    void milestones_are_required() {
        assertInvalid(() -> TargetRules.milestones(null), "milestones");
        assertInvalid(() -> TargetRules.milestones(new ArrayList<>()), "milestones");
    }

    @Test
    void a_milestone_is_not_null() {
        assertInvalid(() -> TargetRules.milestones(Arrays.asList(milestone("2025-03-31", "50"), null)), "milestones");
    }

    @Test
    void a_milestone_needs_a_due_date() {
        assertInvalid(() -> TargetRules.milestones(Arrays.asList(new Milestone(null, BigDecimal.TEN))),
                "milestones.dueBy");
    }

    @Test
    void a_milestone_needs_a_threshold() {
        assertInvalid(() -> TargetRules.milestones(Arrays.asList(new Milestone(LocalDate.of(2025, 3, 31), null))),
                "milestones.thresholdPercent");
    }

    @Test
    void population_is_sorted_in_type_order() {
        assertThat(TargetRules.population(Arrays.asList(AMBULANCE, ACUTE, MENTAL_HEALTH)))
                .containsExactly(ACUTE, MENTAL_HEALTH, AMBULANCE);
    }

    @Test
    void population_is_required() {
        assertInvalid(() -> TargetRules.population(null), "population");
        assertInvalid(() -> TargetRules.population(new ArrayList<>()), "population");
    }

    @Test
    void population_types_are_distinct() {
        assertInvalid(() -> TargetRules.population(Arrays.asList(ACUTE, AMBULANCE, ACUTE)), "population");
    }

    @Test
    void population_has_no_null_type() {
        assertInvalid(() -> TargetRules.population(Arrays.asList(ACUTE, null)), "population");
    }

    @Test
    void population_given_as_an_immutable_list_is_accepted() {
        assertThat(TargetRules.population(List.of(AMBULANCE, ACUTE))).containsExactly(ACUTE, AMBULANCE);
    }

    @Test
    void an_epr_live_target_counts_live_by_default() {
        assertThat(TargetRules.countedEprStatuses(Metric.EPR_LIVE, null)).containsExactly(LIVE);
    }

    @Test
    void an_epr_live_target_counts_the_given_statuses_sorted() {
        assertThat(TargetRules.countedEprStatuses(Metric.EPR_LIVE, Arrays.asList(LIVE, DEPLOYING)))
                .containsExactly(DEPLOYING, LIVE);
    }

    @Test
    void an_epr_live_target_counts_at_least_one_status() {
        assertInvalid(() -> TargetRules.countedEprStatuses(Metric.EPR_LIVE, new ArrayList<>()), "countedEprStatuses");
    }

    @Test
    void counted_statuses_are_distinct() {
        assertInvalid(() -> TargetRules.countedEprStatuses(Metric.EPR_LIVE, Arrays.asList(LIVE, LIVE)),
                "countedEprStatuses");
    }

    @Test
    void counted_statuses_have_no_null() {
        assertInvalid(() -> TargetRules.countedEprStatuses(Metric.EPR_LIVE, Arrays.asList(LIVE, null)),
                "countedEprStatuses");
    }

    @Test
    void counted_statuses_given_as_an_immutable_list_are_accepted() {
        assertThat(TargetRules.countedEprStatuses(Metric.EPR_LIVE, List.of(LIVE))).containsExactly(LIVE);
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = "EPR_LIVE", mode = EnumSource.Mode.EXCLUDE)
    void other_metrics_count_no_epr_statuses(Metric metric) {
        assertThat(TargetRules.countedEprStatuses(metric, null)).isEmpty();
        assertThat(TargetRules.countedEprStatuses(metric, new ArrayList<>())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = "EPR_LIVE", mode = EnumSource.Mode.EXCLUDE)
    void other_metrics_reject_counted_epr_statuses(Metric metric) {
        assertInvalid(() -> TargetRules.countedEprStatuses(metric, Arrays.asList(EprStatus.LIVE)),
                "countedEprStatuses");
    }

    @Test
    void every_organisation_type_can_be_in_a_population() {
        assertThat(TargetRules.population(Arrays.asList(OrganisationType.values())))
                .containsExactly(OrganisationType.values());
    }
}
