package uk.nhs.dma.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.ADULT_SOCIAL_CARE_PROVIDER;
import static uk.nhs.dma.core.organisation.OrganisationType.GENERAL_PRACTICE;
import static uk.nhs.dma.core.organisation.OrganisationType.ICB;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;
import static uk.nhs.dma.core.testsupport.Violations.invalid;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/** Practices and care providers: their ODS code format and the CQC location id carried beside it. */
class OrganisationCodesTest {

    static final OdsCode QOP = OdsCode.of("QOP");
    static final LocalDate OPENED = LocalDate.of(2010, 4, 1);
    static final CqcLocationId CQC = new CqcLocationId("1-101680289");

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(new FakeOrganisationDirectory().open("QOP", ICB, LocalDate.of(2022, 7, 1)));
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    @Test
    void a_care_provider_carries_its_cqc_location_id() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(OdsCode.of("VN4A1"), "Care home", ADULT_SOCIAL_CARE_PROVIDER, QOP, OPENED, CQC))
                .expectEvents(new OrganisationRegistered(OdsCode.of("VN4A1"), "Care home", ADULT_SOCIAL_CARE_PROVIDER,
                        QOP, OPENED, CQC));
    }

    @Test
    void a_practice_code_is_a_letter_and_five_digits() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(OdsCode.of("A81001"), "Practice", GENERAL_PRACTICE, QOP, OPENED, CQC))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(OdsCode.of("AB8100"), "Practice", GENERAL_PRACTICE, QOP, OPENED))
                .expectNoEvents()
                .expectException(invalid("odsCode"));
    }

    @Test
    void a_trust_carries_no_cqc_location_id() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(OdsCode.of("RJ1"), "Trust", ACUTE, QOP, OPENED, CQC))
                .expectNoEvents()
                .expectException(invalid("cqcLocationId"));
    }

    @Test
    void a_cqc_location_id_has_its_format() {
        assertInvalid(() -> new CqcLocationId("RJ1"), "cqcLocationId");
        assertInvalid(() -> new CqcLocationId("1-12"), "cqcLocationId");
        assertThat(CqcLocationId.ofNullable(" ")).isNull();
    }
}
