package uk.nhs.dma.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.RegisterOrganisation;

class SyntheticRegisterTest {

    private final List<TrustRecord> trusts = ReferenceRegister.load().trusts();

    @Test
    void the_demo_register_is_one_percent_of_the_national_counts_labelled_synthetic_under_real_icbs() {
        List<SeedStep> plan = SeedPlan.of(SeedMode.DEMO, DemoHistory.DEFAULT_SEED);
        List<RegisterOrganisation> synthetic = plan.stream().map(SeedStep::command)
                .filter(c -> c instanceof RegisterOrganisation r && r.type() != null && (r.type() == OrganisationType
                        .GENERAL_PRACTICE || r.type() == OrganisationType.ADULT_SOCIAL_CARE_PROVIDER))
                .map(RegisterOrganisation.class::cast).toList();
        Set<String> icbs = trusts.stream().map(TrustRecord::icbCode).collect(Collectors.toSet());

        assertThat(synthetic.stream().filter(r -> r.type() == OrganisationType.GENERAL_PRACTICE)).hasSize(62);
        assertThat(synthetic.stream().filter(r -> r.type() == OrganisationType.ADULT_SOCIAL_CARE_PROVIDER)).hasSize(286);
        assertThat(synthetic).allSatisfy(r -> {
            assertThat(r.name()).startsWith("Synthetic ");
            assertThat(r.odsCode().value()).matches(r.type() == OrganisationType.GENERAL_PRACTICE ? "X\\d{5}" : "Z\\d{5}");
            assertThat(r.cqcLocationId().value()).matches("1-00[12]\\d{7}");
            assertThat(icbs).contains(r.parentCode().value());
        });
        assertThat(synthetic.stream().map(r -> r.cqcLocationId().value()).distinct()).hasSize(synthetic.size());
        assertThat(synthetic.stream().map(RegisterOrganisation::parentCode).distinct()).hasSizeGreaterThan(35);
    }

    @Test
    void the_national_scale_has_about_thirty_five_thousand_organisations() {
        List<TrustRecord> full = SyntheticRegister.organisations(trusts, 1000);
        long icbs = trusts.stream().map(TrustRecord::icbCode).distinct().count();

        assertThat(full.stream().filter(o -> o.type() == OrganisationType.GENERAL_PRACTICE)).hasSize(6_229);
        assertThat(full.stream().filter(o -> o.type() == OrganisationType.ADULT_SOCIAL_CARE_PROVIDER)).hasSize(28_600);
        assertThat(full.size() + trusts.size() + icbs).isEqualTo(35_081);
        assertThat(full.stream().map(TrustRecord::odsCode).distinct()).hasSize(full.size());
    }

    @Test
    void the_same_share_gives_the_same_register() {
        assertThat(SyntheticRegister.organisations(trusts, 10)).isEqualTo(SyntheticRegister.organisations(trusts, 10));
        assertThat(SyntheticRegister.organisations(trusts, 0)).isEmpty();
    }
}
