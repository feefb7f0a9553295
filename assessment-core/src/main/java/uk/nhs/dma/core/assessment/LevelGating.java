package uk.nhs.dma.core.assessment;

import java.util.List;
import java.util.Map;

/**
 * The level-gated rule of the 2025 round, a pure function: a domain scores the highest level whose elements, and
 * those of every level below it, are all met; 1 when nothing above level 1 is met. Level 1 needs no element.
 */
public final class LevelGating {

    public static final int BASE_LEVEL = 1;

    private LevelGating() {
    }

    /** {@code metByLevel}: for each level from 2 up, whether each of its elements is met. */
    public static int score(Map<Integer, List<Boolean>> metByLevel) {
        int score = BASE_LEVEL;
        for (int level = BASE_LEVEL + 1; ; level++) {
            List<Boolean> elements = metByLevel.get(level);
            if (elements == null || elements.isEmpty() || !elements.stream().allMatch(Boolean.TRUE::equals)) {
                return score;
            }
            score = level;
        }
    }
}
