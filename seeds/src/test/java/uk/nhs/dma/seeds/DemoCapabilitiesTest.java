package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclareCapability;

class DemoCapabilitiesTest {

    private final List<DeclareCapability> declared = SeedPlan.of(SeedMode.DEMO, DemoHistory.DEFAULT_SEED).stream()
            .map(SeedStep::command).filter(DeclareCapability.class::isInstance).map(DeclareCapability.class::cast)
            .toList();

    @Test
    void the_providers_declared_social_care_records_follow_the_reported_figures() {
        assertThat(share(Capability.DIGITAL_SOCIAL_CARE_RECORD, "2021-12-31", 286)).isCloseTo(40.0, within(2.0));
        assertThat(share(Capability.DIGITAL_SOCIAL_CARE_RECORD, "2022-08-31", 286)).isCloseTo(50.0, within(2.0));
        assertThat(share(Capability.DIGITAL_SOCIAL_CARE_RECORD, "2024-02-29", 286)).isCloseTo(63.0, within(2.0));
        assertThat(share(Capability.DIGITAL_SOCIAL_CARE_RECORD, "2025-05-31", 286)).isCloseTo(75.0, within(2.0));
        assertThat(share(Capability.DIGITAL_SOCIAL_CARE_RECORD, "2025-12-01", 286)).isCloseTo(80.0, within(2.0));
    }

    @Test
    void every_capability_target_has_declarations_rising_over_time() {
        for (Capability capability : Capability.values()) {
            long early = declared.stream().filter(d -> d.capability() == capability
                    && !d.effectiveFrom().isAfter(LocalDate.of(2023, 3, 31))).count();
            assertThat(early).as(capability.name()).isPositive();
        }
        assertThat(share(Capability.SHARED_CARE_RECORD, "2025-03-31", 42)).isEqualTo(100.0);
        assertThat(share(Capability.POPULATION_HEALTH_PLATFORM, "2023-03-31", 42)).isCloseTo(70.0, within(3.0));
    }

    @Test
    void declarations_of_an_organisation_and_capability_move_forward_in_time() {
        Map<String, LocalDate> latest = new HashMap<>();
        for (DeclareCapability d : declared) {
            LocalDate before = latest.put(d.recordId(), d.effectiveFrom());
            assertThat(before == null || d.effectiveFrom().isAfter(before)).as(d.recordId()).isTrue();
        }
    }

    /** The percentage of {@code population} organisations whose declaration in force on the date counts. */
    private double share(Capability capability, String date, int population) {
        LocalDate on = LocalDate.parse(date);
        Map<String, CapabilityStatus> inForce = new HashMap<>();
        declared.stream().filter(d -> d.capability() == capability && !d.effectiveFrom().isAfter(on))
                .forEach(d -> inForce.put(d.recordId(), d.status()));
        long counted = inForce.values().stream().filter(capability.countedByDefault()::contains).count();
        return 100.0 * counted / population;
    }
}
