package uk.nhs.dma.seeds;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.PublishFramework;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

/** The steps a seed mode loads, in order: register, frameworks and targets, then the demo history. */
public final class SeedPlan {

    private SeedPlan() {
    }

    public static List<SeedStep> of(SeedMode mode, long seed) {
        return of(mode, seed, SeedScale.DEMO);
    }

    /** The plan, with the demo history scaled for benchmarks (synthetic trusts and frameworks are registered too). */
    public static List<SeedStep> of(SeedMode mode, long seed, SeedScale scale) {
        if (mode == SeedMode.NONE) {
            return List.of();
        }
        ReferenceRegister register = ReferenceRegister.load();
        List<SeedStep> steps = new ArrayList<>(register.steps());
        steps.addAll(ReferenceCatalogue.steps());
        if (mode == SeedMode.DEMO) {
            List<TrustRecord> trusts = scale.trusts(register.trusts());
            List<FrameworkDefinition> frameworks = scale.frameworks(ReferenceCatalogue.frameworks());
            for (TrustRecord synthetic : trusts.subList(register.trusts().size(), trusts.size())) {
                steps.add(new SeedStep(synthetic.odsCode(), new RegisterOrganisation(OdsCode.of(synthetic.odsCode()),
                        synthetic.name(), synthetic.type(), OdsCode.of(synthetic.icbCode()), synthetic.opened()),
                        ReferenceRegister.USER, null));
            }
            for (FrameworkDefinition framework : frameworks) {
                if (!ReferenceCatalogue.FRAMEWORKS.contains(framework.frameworkId().value())) {
                    steps.add(new SeedStep(framework.frameworkId().value(), new PublishFramework(framework),
                            ReferenceRegister.USER, null));
                }
            }
            steps.addAll(DemoHistory.generate(trusts, frameworks, seed));
        }
        return steps;
    }
}
