package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LevelGatingTest {

    @Test
    void nothing_above_level_1_met_scores_1() {
        assertThat(LevelGating.score(Map.of(2, List.of(false, true), 3, List.of(true)))).isEqualTo(1);
        assertThat(LevelGating.score(Map.of())).isEqualTo(1);
    }

    @Test
    void a_level_counts_only_when_every_element_of_it_and_below_is_met() {
        // level 4 fully met, but one element of level 3 is not: the domain stays at 2
        assertThat(LevelGating.score(Map.of(2, List.of(true, true), 3, List.of(true, false), 4, List.of(true))))
                .isEqualTo(2);
        assertThat(LevelGating.score(Map.of(2, List.of(true, true), 3, List.of(true), 4, List.of(false))))
                .isEqualTo(3);
        assertThat(LevelGating.score(Map.of(2, List.of(true), 3, List.of(true), 4, List.of(true), 5, List.of(true))))
                .isEqualTo(5);
    }

    @Property
    void the_score_is_a_whole_level_from_1_to_the_top(@ForAll("domains") Map<Integer, List<Boolean>> domain) {
        int score = LevelGating.score(domain);
        assertThat(score).isBetween(1, 1 + domain.size());
    }

    @Property
    void the_score_is_the_highest_level_gated_by_every_level_below(
            @ForAll("domains") Map<Integer, List<Boolean>> domain) {
        int score = LevelGating.score(domain);
        for (int level = 2; level <= score; level++) {
            assertThat(domain.get(level)).doesNotContain(false);
        }
        if (domain.containsKey(score + 1)) {
            assertThat(domain.get(score + 1)).contains(false);
        }
    }

    @Property
    void meeting_one_more_element_never_lowers_the_score(@ForAll("domains") Map<Integer, List<Boolean>> domain,
                                                        @ForAll int pick) {
        Map<Integer, List<Boolean>> more = new TreeMap<>();
        domain.forEach((level, elements) -> more.put(level, new ArrayList<>(elements)));
        int level = 2 + Math.floorMod(pick, domain.size());
        List<Boolean> elements = more.get(level);
        elements.set(Math.floorMod(pick, elements.size()), true);
        assertThat(LevelGating.score(more)).isGreaterThanOrEqualTo(LevelGating.score(domain));
    }

    /** Levels 2 up to 2..5, each with one to four elements met or not. */
    @Provide
    Arbitrary<Map<Integer, List<Boolean>>> domains() {
        return Arbitraries.integers().between(1, 4).flatMap(levels ->
                Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(4).list().ofSize(levels).map(lists -> {
                    Map<Integer, List<Boolean>> domain = new TreeMap<>();
                    for (int i = 0; i < lists.size(); i++) {
                        domain.put(i + 2, lists.get(i));
                    }
                    return domain;
                }));
    }
}
