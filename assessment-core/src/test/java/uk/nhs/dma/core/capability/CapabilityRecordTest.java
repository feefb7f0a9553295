package uk.nhs.dma.core.capability;

import static uk.nhs.dma.core.capability.Capability.BOARD_DIGITAL_LEADER;
import static uk.nhs.dma.core.capability.Capability.DIGITAL_SOCIAL_CARE_RECORD;
import static uk.nhs.dma.core.capability.Capability.DSPT_STANDARD;
import static uk.nhs.dma.core.capability.Capability.POPULATION_HEALTH_PLATFORM;
import static uk.nhs.dma.core.capability.CapabilityStatus.IN_PLACE;
import static uk.nhs.dma.core.capability.CapabilityStatus.IN_PROGRESS;
import static uk.nhs.dma.core.capability.CapabilityStatus.MET;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.ADULT_SOCIAL_CARE_PROVIDER;
import static uk.nhs.dma.core.organisation.OrganisationType.GENERAL_PRACTICE;
import static uk.nhs.dma.core.organisation.OrganisationType.ICB;
import static uk.nhs.dma.core.organisation.OrganisationType.REGION;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.TestTime.TOMORROW;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;
import static uk.nhs.dma.core.testsupport.Violations.unknown;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

/** Declared capabilities: who may declare which, with which statuses, and a history only ever added to. */
class CapabilityRecordTest {

    static final OdsCode CARE_HOME = OdsCode.of("VN4A1");
    static final OdsCode PRACTICE = OdsCode.of("A81001");
    static final OdsCode TRUST = OdsCode.of("RJ1");
    static final OdsCode ICB_CODE = OdsCode.of("QOP");
    static final OdsCode CLOSED = OdsCode.of("VN9Z9");
    static final LocalDate OPENED = LocalDate.of(2015, 4, 1);
    static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    private FixtureConfiguration<CapabilityRecord> fixture;

    @BeforeEach
    void setUp() {
        FakeOrganisationDirectory directory = new FakeOrganisationDirectory()
                .open("Y56", REGION, LocalDate.of(2000, 1, 1))
                .open("QOP", ICB, LocalDate.of(2022, 7, 1))
                .open("RJ1", ACUTE, OPENED)
                .open("A81001", GENERAL_PRACTICE, OPENED)
                .open("VN4A1", ADULT_SOCIAL_CARE_PROVIDER, OPENED)
                .add("VN9Z9", ADULT_SOCIAL_CARE_PROVIDER, OPENED, LocalDate.of(2023, 3, 31));
        fixture = new AggregateTestFixture<>(CapabilityRecord.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static DeclareCapability declare(OdsCode code, Capability capability, CapabilityStatus status, LocalDate from) {
        return new DeclareCapability(code, capability, status, from, null);
    }

    @Test
    void a_care_provider_declares_its_digital_social_care_record() {
        fixture.givenNoPriorActivity()
                .when(new DeclareCapability(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, IN_PLACE, JAN_2024, "supplier contract"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CapabilityDeclared(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, 1, IN_PLACE, JAN_2024,
                        "supplier contract"));
    }

    @Test
    void a_later_declaration_adds_to_the_history() {
        fixture.given(new CapabilityDeclared(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, 1, IN_PROGRESS, JAN_2024, null))
                .when(declare(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, IN_PLACE, TODAY))
                .expectEvents(new CapabilityDeclared(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, 2, IN_PLACE, TODAY, null));
    }

    @Test
    void a_declaration_on_or_before_the_latest_one_is_refused() {
        fixture.given(new CapabilityDeclared(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, 1, IN_PROGRESS, JAN_2024, null))
                .when(declare(CARE_HOME, DIGITAL_SOCIAL_CARE_RECORD, IN_PLACE, JAN_2024))
                .expectNoEvents()
                .expectException(conflict("declaration-before-latest"));
    }

    @Test
    void a_trust_may_not_declare_a_social_care_record() {
        fixture.givenNoPriorActivity()
                .when(declare(TRUST, DIGITAL_SOCIAL_CARE_RECORD, IN_PLACE, JAN_2024))
                .expectNoEvents()
                .expectException(invalid("capability"));
    }

    @Test
    void a_practice_does_not_declare_a_population_health_platform() {
        fixture.givenNoPriorActivity()
                .when(declare(PRACTICE, POPULATION_HEALTH_PLATFORM, IN_PLACE, JAN_2024))
                .expectException(invalid("capability"));
    }

    @Test
    void an_icb_declares_a_population_health_platform() {
        fixture.givenNoPriorActivity()
                .when(declare(ICB_CODE, POPULATION_HEALTH_PLATFORM, IN_PLACE, JAN_2024))
                .expectEvents(new CapabilityDeclared(ICB_CODE, POPULATION_HEALTH_PLATFORM, 1, IN_PLACE, JAN_2024, null));
    }

    @Test
    void a_practice_has_no_board_digital_leader_to_declare() {
        fixture.givenNoPriorActivity()
                .when(declare(PRACTICE, BOARD_DIGITAL_LEADER, IN_PLACE, JAN_2024))
                .expectException(invalid("capability"));
    }

    @Test
    void the_dspt_is_declared_with_its_own_statuses() {
        fixture.givenNoPriorActivity()
                .when(declare(PRACTICE, DSPT_STANDARD, IN_PLACE, JAN_2024))
                .expectNoEvents()
                .expectException(invalid("status"));
        fixture.givenNoPriorActivity()
                .when(declare(PRACTICE, DSPT_STANDARD, MET, JAN_2024))
                .expectEvents(new CapabilityDeclared(PRACTICE, DSPT_STANDARD, 1, MET, JAN_2024, null));
    }

    @Test
    void an_unregistered_organisation_declares_nothing() {
        fixture.givenNoPriorActivity()
                .when(declare(OdsCode.of("ZZZ"), DSPT_STANDARD, MET, JAN_2024))
                .expectNoEvents()
                .expectException(unknown("odsCode"));
    }

    @Test
    void a_declaration_may_not_be_dated_in_the_future_or_before_the_organisation_opened() {
        fixture.givenNoPriorActivity()
                .when(declare(CARE_HOME, DSPT_STANDARD, MET, TOMORROW))
                .expectException(invalid("effectiveFrom"));
        fixture.givenNoPriorActivity()
                .when(declare(CARE_HOME, DSPT_STANDARD, MET, OPENED.minusDays(1)))
                .expectException(invalid("effectiveFrom"));
    }

    @Test
    void a_closed_organisation_declares_nothing_from_its_closure_on() {
        fixture.givenNoPriorActivity()
                .when(declare(CLOSED, DSPT_STANDARD, MET, LocalDate.of(2023, 3, 31)))
                .expectNoEvents()
                .expectException(conflict("organisation-closed"));
    }

    @Test
    void status_and_date_are_required() {
        fixture.givenNoPriorActivity()
                .when(declare(CARE_HOME, DSPT_STANDARD, null, JAN_2024))
                .expectException(invalid("status"));
        fixture.givenNoPriorActivity()
                .when(declare(CARE_HOME, DSPT_STANDARD, MET, null))
                .expectException(invalid("effectiveFrom"));
    }
}
