package uk.nhs.dma.seeds;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.PublishFramework;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

/**
 * The steps a seed mode loads, in order: register, frameworks and targets, then for the demo the synthetic trusts,
 * practices and care providers, the assessment history (trusts, ICBs from 2025, a sample of practices from 2024) and
 * the capability declarations.
 */
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
            List<TrustRecord> icbs = register.icbRecords();
            List<TrustRecord> synthetic = SyntheticRegister.organisations(register.trusts(), scale.register());
            steps.addAll(SyntheticRegister.steps(synthetic));
            List<TrustRecord> practices = ofType(synthetic, OrganisationType.GENERAL_PRACTICE);
            List<TrustRecord> providers = ofType(synthetic, OrganisationType.ADULT_SOCIAL_CARE_PROVIDER);
            List<TrustRecord> trustsAndIcbs = new ArrayList<>(trusts);
            trustsAndIcbs.addAll(icbs);
            List<TrustRecord> assessed = new ArrayList<>(trustsAndIcbs);
            assessed.addAll(practices);
            steps.addAll(DemoHistory.generate(assessed, frameworks, seed));
            steps.addAll(DemoCapabilities.generate(trustsAndIcbs, icbs, providers, seed));
        }
        return steps;
    }

    private static List<TrustRecord> ofType(List<TrustRecord> records, OrganisationType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }
}
