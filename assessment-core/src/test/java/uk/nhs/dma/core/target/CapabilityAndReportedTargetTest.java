package uk.nhs.dma.core.target;

import static uk.nhs.dma.core.capability.Capability.DIGITAL_SOCIAL_CARE_RECORD;
import static uk.nhs.dma.core.capability.Capability.DSPT_STANDARD;
import static uk.nhs.dma.core.capability.CapabilityStatus.EXCEEDED;
import static uk.nhs.dma.core.capability.CapabilityStatus.IN_PLACE;
import static uk.nhs.dma.core.capability.CapabilityStatus.MET;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.ADULT_SOCIAL_CARE_PROVIDER;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.TestTime.TOMORROW;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.testsupport.TestTime;

/** Targets over a declared capability, and nationally reported figures with their observations. */
class CapabilityAndReportedTargetTest {

    static final TargetId DSCR = TargetId.of("digital-social-care-records");
    static final TargetId APP = TargetId.of("nhs-app-adults");
    static final List<Milestone> MARCH_2024 = List.of(new Milestone(LocalDate.of(2024, 3, 31), new BigDecimal("80.00")));

    private FixtureConfiguration<NationalTarget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NationalTarget.class);
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static DefineTarget capabilityTarget(Capability capability, List<OrganisationType> population,
                                         List<CapabilityStatus> counted) {
        return new DefineTarget(DSCR, "Digital social care records", Metric.CAPABILITY, population, null, null,
                MARCH_2024, "People at the Heart of Care", capability, counted);
    }

    static TargetDefined reportedDefined() {
        return new TargetDefined(APP, "Adults registered for the NHS App", Metric.REPORTED, List.of(), List.of(),
                null, MARCH_2024, "A plan for digital health and social care", null, null);
    }

    @Test
    void a_capability_target_counts_the_capabilitys_default_statuses() {
        fixture.givenNoPriorActivity()
                .when(capabilityTarget(DIGITAL_SOCIAL_CARE_RECORD, List.of(ADULT_SOCIAL_CARE_PROVIDER), null))
                .expectEvents(new TargetDefined(DSCR, "Digital social care records", Metric.CAPABILITY,
                        List.of(ADULT_SOCIAL_CARE_PROVIDER), List.of(), null, MARCH_2024, "People at the Heart of Care",
                        DIGITAL_SOCIAL_CARE_RECORD, List.of(IN_PLACE)));
    }

    @Test
    void a_capability_target_may_name_its_counted_statuses_among_the_capabilitys_own() {
        fixture.givenNoPriorActivity()
                .when(capabilityTarget(DSPT_STANDARD, List.of(ACUTE), List.of(EXCEEDED)))
                .expectEvents(new TargetDefined(DSCR, "Digital social care records", Metric.CAPABILITY, List.of(ACUTE),
                        List.of(), null, MARCH_2024, "People at the Heart of Care", DSPT_STANDARD, List.of(EXCEEDED)));
        fixture.givenNoPriorActivity()
                .when(capabilityTarget(DSPT_STANDARD, List.of(ACUTE), List.of(IN_PLACE)))
                .expectNoEvents()
                .expectException(invalid("countedCapabilityStatuses"));
    }

    @Test
    void a_capability_target_names_its_capability_and_only_types_that_declare_it() {
        fixture.givenNoPriorActivity()
                .when(capabilityTarget(null, List.of(ADULT_SOCIAL_CARE_PROVIDER), null))
                .expectException(invalid("capability"));
        fixture.givenNoPriorActivity()
                .when(capabilityTarget(DIGITAL_SOCIAL_CARE_RECORD, List.of(ACUTE), null))
                .expectNoEvents()
                .expectException(invalid("population"));
    }

    @Test
    void other_metrics_name_no_capability() {
        fixture.givenNoPriorActivity()
                .when(new DefineTarget(DSCR, "EPR", Metric.EPR_LIVE, List.of(ACUTE), null, null, MARCH_2024, "plan",
                        DSPT_STANDARD, null))
                .expectException(invalid("capability"));
        fixture.givenNoPriorActivity()
                .when(new DefineTarget(DSCR, "EPR", Metric.EPR_LIVE, List.of(ACUTE), null, null, MARCH_2024, "plan",
                        null, List.of(MET)))
                .expectException(invalid("countedCapabilityStatuses"));
    }

    @Test
    void a_reported_target_counts_no_population() {
        fixture.givenNoPriorActivity()
                .when(new DefineTarget(APP, "Adults registered for the NHS App", Metric.REPORTED, null, null, null,
                        MARCH_2024, "A plan for digital health and social care"))
                .expectEvents(reportedDefined());
        fixture.givenNoPriorActivity()
                .when(new DefineTarget(APP, "Adults registered for the NHS App", Metric.REPORTED, List.of(ACUTE), null,
                        null, MARCH_2024, "A plan for digital health and social care"))
                .expectException(invalid("population"));
    }

    @Test
    void an_observation_is_recorded_with_its_source() {
        fixture.given(reportedDefined())
                .when(new RecordObservation(APP, LocalDate.of(2024, 3, 1), new BigDecimal("75"), "HTN, March 2024"))
                .expectEvents(new ObservationRecorded(APP, LocalDate.of(2024, 3, 1), new BigDecimal("75.00"),
                        "HTN, March 2024"));
    }

    @Test
    void one_observation_per_date() {
        fixture.given(reportedDefined(), new ObservationRecorded(APP, LocalDate.of(2024, 3, 1), new BigDecimal("75.00"), "HTN"))
                .when(new RecordObservation(APP, LocalDate.of(2024, 3, 1), new BigDecimal("76"), "other"))
                .expectNoEvents()
                .expectException(conflict("observation-exists"));
    }

    @Test
    void only_a_reported_target_records_observations() {
        fixture.given(new TargetDefined(DSCR, "Digital social care records", Metric.CAPABILITY,
                        List.of(ADULT_SOCIAL_CARE_PROVIDER), List.of(), null, MARCH_2024, "People at the Heart of Care",
                        DIGITAL_SOCIAL_CARE_RECORD, List.of(IN_PLACE)))
                .when(new RecordObservation(DSCR, LocalDate.of(2024, 3, 1), new BigDecimal("63"), "PQ"))
                .expectNoEvents()
                .expectException(conflict("not-reported"));
    }

    @Test
    void an_observation_is_a_percentage_a_date_not_to_come_and_a_source() {
        fixture.given(reportedDefined())
                .when(new RecordObservation(APP, TODAY, new BigDecimal("100.5"), "src"))
                .expectException(invalid("percent"));
        fixture.given(reportedDefined())
                .when(new RecordObservation(APP, TOMORROW, new BigDecimal("70"), "src"))
                .expectException(invalid("observedOn"));
        fixture.given(reportedDefined())
                .when(new RecordObservation(APP, TODAY, new BigDecimal("70"), " "))
                .expectNoEvents()
                .expectException(invalid("source"));
    }
}
