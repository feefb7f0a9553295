package uk.nhs.dma.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationTypeTest {

    @Test
    void regions_and_icbs_are_not_trusts() {
        assertThat(OrganisationType.REGION.isTrust()).isFalse();
        assertThat(OrganisationType.ICB.isTrust()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationType.class, names = {"REGION", "ICB", "GENERAL_PRACTICE", "ADULT_SOCIAL_CARE_PROVIDER"}, mode = EnumSource.Mode.EXCLUDE)
    void every_trust_sits_under_an_icb_and_may_succeed_any_trust(OrganisationType trust) {
        assertThat(trust.isTrust()).isTrue();
        assertThat(trust.parentType()).isEqualTo(OrganisationType.ICB);
        assertThat(trust.canSucceed(OrganisationType.ACUTE)).isTrue();
        assertThat(trust.canSucceed(OrganisationType.ICB)).isFalse();
        assertThat(OrganisationType.ICB.canSucceed(trust)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationType.class, names = {"GENERAL_PRACTICE", "ADULT_SOCIAL_CARE_PROVIDER"})
    void practices_and_care_providers_sit_under_an_icb_are_not_trusts_and_succeed_only_their_own_type(
            OrganisationType type) {
        assertThat(type.isTrust()).isFalse();
        assertThat(type.parentType()).isEqualTo(OrganisationType.ICB);
        assertThat(type.canSucceed(type)).isTrue();
        assertThat(type.canSucceed(OrganisationType.ACUTE)).isFalse();
        assertThat(OrganisationType.ACUTE.canSucceed(type)).isFalse();
    }

    @Test
    void an_icb_sits_under_a_region_and_a_region_under_nothing() {
        assertThat(OrganisationType.ICB.parentType()).isEqualTo(OrganisationType.REGION);
        assertThat(OrganisationType.REGION.parentType()).isNull();
    }

    @Test
    void icbs_and_regions_are_succeeded_only_by_their_own_type() {
        assertThat(OrganisationType.ICB.canSucceed(OrganisationType.ICB)).isTrue();
        assertThat(OrganisationType.REGION.canSucceed(OrganisationType.REGION)).isTrue();
        assertThat(OrganisationType.REGION.canSucceed(OrganisationType.ICB)).isFalse();
        assertThat(OrganisationType.ICB.canSucceed(OrganisationType.REGION)).isFalse();
    }

    @Test
    void a_snapshot_is_open_from_its_opening_date_until_the_day_before_closure() {
        OrganisationSnapshot snapshot = new OrganisationSnapshot("Royal", new Hierarchy.Node(OdsCode.of("RJ1"),
                OrganisationType.ACUTE, LocalDate.of(2020, 4, 1), LocalDate.of(2024, 3, 31), List.of()));

        assertThat(snapshot.isOpenOn(LocalDate.of(2020, 3, 31))).isFalse();
        assertThat(snapshot.isOpenOn(LocalDate.of(2020, 4, 1))).isTrue();
        assertThat(snapshot.isOpenOn(LocalDate.of(2024, 3, 30))).isTrue();
        assertThat(snapshot.isOpenOn(LocalDate.of(2024, 3, 31))).isFalse();
    }

    @Test
    void a_snapshot_without_dates_is_always_open() {
        OrganisationSnapshot snapshot = new OrganisationSnapshot("Royal", new Hierarchy.Node(OdsCode.of("RJ1"),
                OrganisationType.ACUTE, null, null, List.of()));
        assertThat(snapshot.isOpenOn(LocalDate.of(1900, 1, 1))).isTrue();
    }
}
