package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loader sends what is not stored yet in batches, in plan order; a batch is stored whole or not at all, and
 * one that fails is sent again step by step, so the steps before the failing one are stored.
 */
class SeedLoaderTest {

    /** A store that keeps a batch only if none of its steps is "bad" (one transaction). */
    private final Map<String, Long> stored = new HashMap<>();
    private final List<List<String>> batches = new ArrayList<>();

    private void store(List<SeedStep> batch) {
        batches.add(batch.stream().map(step -> (String) step.command()).toList());
        if (batch.stream().anyMatch(step -> step.command().equals("bad"))) {
            throw new IllegalStateException("rejected");
        }
        batch.forEach(step -> stored.merge(step.aggregateId(), 1L, Long::sum));
    }

    private static SeedStep step(String aggregate, String command) {
        return new SeedStep(aggregate, command, "seed", null);
    }

    @Test
    void steps_go_in_batches_in_plan_order_and_stored_ones_are_skipped() {
        stored.put("A", 1L);
        List<SeedStep> plan = List.of(step("A", "a0"), step("B", "b0"), step("A", "a1"), step("C", "c0"),
                step("B", "b1"), step("C", "c1"));
        int sent = new SeedLoader(id -> stored.getOrDefault(id, 0L), this::store, 2).load("test", plan);

        assertThat(sent).isEqualTo(5);
        assertThat(batches).containsExactly(List.of("b0", "a1"), List.of("c0", "b1"), List.of("c1"));
        assertThat(stored).containsEntry("A", 2L).containsEntry("B", 2L).containsEntry("C", 2L);
    }

    @Test
    void a_failing_batch_is_sent_again_step_by_step_and_the_failure_is_thrown() {
        List<SeedStep> plan = List.of(step("A", "a0"), step("B", "b0"), step("C", "bad"), step("D", "d0"));
        SeedLoader loader = new SeedLoader(id -> stored.getOrDefault(id, 0L), this::store, 4);

        assertThatThrownBy(() -> loader.load("test", plan)).hasMessage("rejected");
        assertThat(batches).containsExactly(List.of("a0", "b0", "bad", "d0"), List.of("a0"), List.of("b0"),
                List.of("bad"));
        assertThat(stored).containsOnlyKeys("A", "B");
    }
}
