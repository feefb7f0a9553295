package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.OrganisationType;

class SeedPlanTest {

    @Test
    void the_register_has_the_regions_icbs_and_trusts_of_the_reference_file() {
        ReferenceRegister register = ReferenceRegister.load();
        assertThat(register.trusts()).hasSize(210);
        assertThat(register.regions()).hasSize(7).containsEntry("Y56", "London").containsEntry("Y63",
                "North East and Yorkshire");
        assertThat(register.icbs()).hasSize(42);
        assertThat(register.trusts().stream().filter(t -> t.closed() != null)).hasSize(5);
        assertThat(register.trusts().stream().filter(t -> t.type() == OrganisationType.AMBULANCE)).hasSize(10);
    }

    @Test
    void quoted_names_with_commas_are_read_whole() {
        TrustRecord row = ReferenceRegister.parse(
                "RXX,\"Trust, With Comma\",ACUTE,Y56,London,QKK,NHS South East London ICB,2001-04-01,");
        assertThat(row.name()).isEqualTo("Trust, With Comma");
        assertThat(row.closed()).isNull();
    }

    @Test
    void the_same_seed_gives_the_same_commands_and_another_seed_does_not() throws JsonProcessingException {
        assertThat(serialised(SeedPlan.of(SeedMode.DEMO, 7))).isEqualTo(serialised(SeedPlan.of(SeedMode.DEMO, 7)));
        assertThat(serialised(SeedPlan.of(SeedMode.DEMO, 7))).isNotEqualTo(serialised(SeedPlan.of(SeedMode.DEMO, 8)));
    }

    @Test
    void each_aggregates_reference_steps_come_first_in_the_demo_plan() {
        Map<String, List<String>> reference = byAggregate(SeedPlan.of(SeedMode.REFERENCE, 1));
        Map<String, List<String>> demo = byAggregate(SeedPlan.of(SeedMode.DEMO, 1));
        reference.forEach((id, steps) -> assertThat(demo.get(id).subList(0, steps.size())).as(id).isEqualTo(steps));
    }

    @Test
    void none_plans_nothing() {
        assertThat(SeedPlan.of(SeedMode.NONE, 1)).isEmpty();
    }

    private static String serialised(List<SeedStep> plan) throws JsonProcessingException {
        return SeedJson.MAPPER.writeValueAsString(plan.stream()
                .map(s -> List.of(s.aggregateId(), s.command().getClass().getSimpleName(), s.command(), s.user(),
                        String.valueOf(s.at())))
                .toList());
    }

    private static Map<String, List<String>> byAggregate(List<SeedStep> plan) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        plan.forEach(s -> steps.computeIfAbsent(s.aggregateId(), k -> new ArrayList<>()).add(s.command().toString()));
        return steps;
    }
}
