package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OrganisationType;

class Dma2025FrameworkTest {

    private final List<FrameworkDefinition> catalogue = ReferenceCatalogue.frameworks();
    private final FrameworkDefinition dma = byId("dma-2025").validated();

    @Test
    void is_level_gated_with_a_set_for_every_care_setting() {
        assertThat(dma.scoring()).isEqualTo(ScoringMethod.LEVEL_GATED);
        assertThat(dma.assessmentYear()).isEqualTo(2025);
        assertThat(dma.coveredTypes()).containsExactlyInAnyOrder(OrganisationType.ACUTE, OrganisationType.AMBULANCE,
                OrganisationType.COMMUNITY, OrganisationType.MENTAL_HEALTH,
                OrganisationType.MENTAL_HEALTH_AND_COMMUNITY, OrganisationType.ICB,
                OrganisationType.GENERAL_PRACTICE, OrganisationType.ADULT_SOCIAL_CARE_PROVIDER);
        assertThat(dma.domains()).hasSize(47).allSatisfy(d -> assertThat(d.levels()).hasSize(5));
        assertThat(dma.title()).contains("illustrative");
        for (OrganisationType type : dma.coveredTypes()) {
            FrameworkDefinition set = dma.forType(type).orElseThrow();
            assertThat(set.questions().stream().map(Question::measureId).distinct()).as(type.name()).hasSize(7);
        }
        assertThat(dma.forType(OrganisationType.ACUTE).orElseThrow().domains())
                .isNotEqualTo(dma.forType(OrganisationType.AMBULANCE).orElseThrow().domains());
    }

    @Test
    void its_elements_name_the_wgll_2025_questions_they_replace() {
        Set<String> earlier = byId("wgll-2025").questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> replaced = dma.questions().stream().flatMap(q -> q.replaces().stream()).collect(Collectors.toSet());

        assertThat(earlier).containsAll(replaced);
        assertThat(replaced).contains("WL-01", "SF-01", "SP-01", "PE-01", "EC-01", "IC-01", "HP-01");
    }

    @Test
    void wgll_2025_stays_as_it_was_and_the_demo_2025_round_uses_dma_2025() {
        FrameworkDefinition wgll = byId("wgll-2025");
        assertThat(wgll.scoring()).isEqualTo(ScoringMethod.MEAN);
        assertThat(wgll.questions()).hasSize(38);
        assertThat(SeedScale.DEMO.frameworks(catalogue)).extracting(f -> f.frameworkId().value())
                .containsExactly("wgll-2023", "wgll-2024", "dma-2025");
    }

    private FrameworkDefinition byId(String id) {
        return catalogue.stream().filter(f -> f.frameworkId().value().equals(id)).findFirst().orElseThrow();
    }
}
