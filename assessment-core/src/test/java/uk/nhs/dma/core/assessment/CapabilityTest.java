package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.FoundationalRule;
import uk.nhs.dma.core.framework.WgllMeasures;

class CapabilityTest {

    static final BigDecimal MIN = new BigDecimal("3.00");
    static final EprDeclaration LIVE = new EprDeclaration(EprStatus.LIVE, "Supplier", LocalDate.of(2020, 1, 1));
    static final CoreCapabilityRule CORE = new CoreCapabilityRule(MIN, true);
    static final CoreCapabilityRule CORE_WITHOUT_EPR = new CoreCapabilityRule(MIN, false);
    static final FoundationalRule FOUNDATIONAL =
            new FoundationalRule(List.of("smart-foundations", "safe-practice"), MIN, true);
    static final FoundationalRule FOUNDATIONAL_WITHOUT_EPR =
            new FoundationalRule(List.of("smart-foundations", "safe-practice"), MIN, false);

    /** Every measure at the given score, with overrides. */
    static Scores scores(String all, Map<String, String> overrides) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        WgllMeasures.IDS.forEach(id -> measures.put(id, new BigDecimal(overrides.getOrDefault(id, all))));
        return new Scores(measures, new BigDecimal(all));
    }

    static Scores scores(String all) {
        return scores(all, Map.of());
    }

    @Test
    void core_capable_when_every_measure_is_exactly_at_the_minimum_and_the_epr_is_live() {
        assertThat(Capability.isCoreCapable(CORE, scores("3.0000"), LIVE)).isTrue();
    }

    @Test
    void not_core_capable_when_one_measure_is_just_below_the_minimum() {
        assertThat(Capability.isCoreCapable(CORE, scores("5.0000", Map.of("healthy-populations", "2.9999")), LIVE))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = EprStatus.class, names = "LIVE", mode = EnumSource.Mode.EXCLUDE)
    void core_capability_requiring_an_epr_needs_it_live(EprStatus status) {
        EprDeclaration notLive = new EprDeclaration(status, null, null);
        assertThat(Capability.isCoreCapable(CORE, scores("5.0000"), notLive)).isFalse();
    }

    @Test
    void core_capability_requiring_an_epr_fails_without_a_declaration() {
        assertThat(Capability.isCoreCapable(CORE, scores("5.0000"), null)).isFalse();
    }

    @Test
    void core_capability_not_requiring_an_epr_ignores_it() {
        assertThat(Capability.isCoreCapable(CORE_WITHOUT_EPR, scores("3.0000"), null)).isTrue();
        assertThat(Capability.isCoreCapable(CORE_WITHOUT_EPR, scores("3.0000"),
                new EprDeclaration(EprStatus.NONE, null, null))).isTrue();
    }

    @Test
    void core_capability_not_requiring_an_epr_still_needs_the_scores() {
        assertThat(Capability.isCoreCapable(CORE_WITHOUT_EPR, scores("3.0000", Map.of("well-led", "2.9999")), LIVE))
                .isFalse();
    }

    @Test
    void foundational_when_the_listed_measures_are_exactly_at_the_minimum() {
        assertThat(Capability.isFoundational(FOUNDATIONAL, scores("3.0000"), LIVE)).isTrue();
    }

    @Test
    void foundational_ignores_measures_it_does_not_list() {
        Scores weakElsewhere = scores("1.0000", Map.of("smart-foundations", "3.0000", "safe-practice", "4.5000"));
        assertThat(Capability.isFoundational(FOUNDATIONAL, weakElsewhere, LIVE)).isTrue();
        assertThat(Capability.isCoreCapable(CORE, weakElsewhere, LIVE)).isFalse();
    }

    @Test
    void not_foundational_when_a_listed_measure_is_just_below_the_minimum() {
        assertThat(Capability.isFoundational(FOUNDATIONAL, scores("5.0000", Map.of("safe-practice", "2.9999")), LIVE))
                .isFalse();
    }

    @Test
    void not_foundational_when_a_listed_measure_has_no_score() {
        Map<String, BigDecimal> partial = new LinkedHashMap<>();
        partial.put("smart-foundations", new BigDecimal("5.0000"));
        assertThat(Capability.isFoundational(FOUNDATIONAL, new Scores(partial, new BigDecimal("5.0000")), LIVE))
                .isFalse();
    }

    @Test
    void foundational_requiring_an_epr_needs_it_live() {
        assertThat(Capability.isFoundational(FOUNDATIONAL, scores("5.0000"), null)).isFalse();
        assertThat(Capability.isFoundational(FOUNDATIONAL, scores("5.0000"),
                new EprDeclaration(EprStatus.DEPLOYING, null, null))).isFalse();
    }

    @Test
    void foundational_not_requiring_an_epr_ignores_it() {
        assertThat(Capability.isFoundational(FOUNDATIONAL_WITHOUT_EPR, scores("3.0000"), null)).isTrue();
    }

    @Test
    void thresholds_compare_by_value_not_by_scale() {
        CoreCapabilityRule scaleOne = new CoreCapabilityRule(new BigDecimal("3.5"), false);
        assertThat(Capability.isCoreCapable(scaleOne, scores("3.5000"), null)).isTrue();
        assertThat(Capability.isCoreCapable(scaleOne, scores("3.4999"), null)).isFalse();
    }
}
