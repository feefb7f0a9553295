package uk.nhs.dma.seeds;

import java.util.ArrayList;
import java.util.List;

/** The steps a seed mode loads, in order: register, frameworks and targets, then the demo history. */
public final class SeedPlan {

    private SeedPlan() {
    }

    public static List<SeedStep> of(SeedMode mode, long seed) {
        if (mode == SeedMode.NONE) {
            return List.of();
        }
        ReferenceRegister register = ReferenceRegister.load();
        List<SeedStep> steps = new ArrayList<>(register.steps());
        steps.addAll(ReferenceCatalogue.steps());
        if (mode == SeedMode.DEMO) {
            steps.addAll(DemoHistory.generate(register.trusts(), ReferenceCatalogue.frameworks(), seed));
        }
        return steps;
    }
}
