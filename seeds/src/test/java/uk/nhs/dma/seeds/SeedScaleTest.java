package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.StartAssessment;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.PublishFramework;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

class SeedScaleTest {

    @Test
    void copies_every_trust_under_synthetic_codes_in_the_same_icb() {
        List<TrustRecord> real = ReferenceRegister.load().trusts();
        List<TrustRecord> scaled = new SeedScale(3, 3).trusts(real);

        assertThat(scaled).hasSize(630);
        assertThat(scaled.get(210).odsCode()).isEqualTo("S00001");
        assertThat(scaled.get(210).icbCode()).isEqualTo(real.get(0).icbCode());
        assertThat(scaled.stream().map(TrustRecord::odsCode).distinct()).hasSize(630);
    }

    @Test
    void earlier_years_get_synthetic_frameworks_and_later_ones_the_real_ones() {
        List<FrameworkDefinition> frameworks = new SeedScale(1, 5).frameworks(ReferenceCatalogue.frameworks());

        assertThat(frameworks).extracting(f -> f.frameworkId().value())
                .containsExactly("wgll-2021", "wgll-2022", "wgll-2023", "wgll-2024", "dma-2025");
        assertThat(frameworks.get(0).referenceDate()).hasToString("2021-03-31");
        assertThat(frameworks.get(0).validated().questions()).isEqualTo(frameworks.get(2).validated().questions());
    }

    @Test
    void a_scaled_plan_registers_and_assesses_the_synthetic_trusts() {
        List<SeedStep> plan = SeedPlan.of(SeedMode.DEMO, 1, new SeedScale(2, 4));

        assertThat(plan.stream().filter(s -> s.command() instanceof RegisterOrganisation
                && s.aggregateId().startsWith("S"))).hasSize(210);
        assertThat(plan.stream().filter(s -> s.command() instanceof PublishFramework)).hasSize(5);
        assertThat(plan.stream().filter(s -> s.command() instanceof StartAssessment
                && s.aggregateId().equals("S00001-2022"))).hasSize(1);
    }

    @Test
    void nonsense_scales_are_refused() {
        assertThatThrownBy(() -> new SeedScale(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeedScale(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeedScale(1, 3, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeedScale(1, 3, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
