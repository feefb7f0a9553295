package uk.nhs.dma.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.organisation.OrganisationType.ACUTE;
import static uk.nhs.dma.core.organisation.OrganisationType.AMBULANCE;
import static uk.nhs.dma.core.organisation.OrganisationType.ICB;
import static uk.nhs.dma.core.organisation.OrganisationType.MENTAL_HEALTH;
import static uk.nhs.dma.core.organisation.OrganisationType.REGION;
import static uk.nhs.dma.core.testsupport.TestTime.TODAY;
import static uk.nhs.dma.core.testsupport.TestTime.TOMORROW;
import static uk.nhs.dma.core.testsupport.Violations.conflict;
import static uk.nhs.dma.core.testsupport.Violations.invalid;
import static uk.nhs.dma.core.testsupport.Violations.unknown;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.testsupport.FakeOrganisationDirectory;
import uk.nhs.dma.core.testsupport.TestTime;

class OrganisationTest {

    static final OdsCode RJ1 = OdsCode.of("RJ1");
    static final OdsCode Y56 = OdsCode.of("Y56");
    static final OdsCode Y58 = OdsCode.of("Y58");
    static final OdsCode QOP = OdsCode.of("QOP");
    static final OdsCode QKK = OdsCode.of("QKK");
    /** An ICB that closed on 2023-03-31. */
    static final OdsCode QXX = OdsCode.of("QXX");
    static final OdsCode RJ2 = OdsCode.of("RJ2");
    static final OdsCode RQ3 = OdsCode.of("RQ3");
    /** An acute trust that closed on 2023-03-31. */
    static final OdsCode RCL = OdsCode.of("RCL");
    /** An acute trust that opened on 2024-04-01. */
    static final OdsCode RLT = OdsCode.of("RLT");
    static final OdsCode MISSING = OdsCode.of("ZZZ");

    static final LocalDate OPENED = LocalDate.of(2022, 7, 1);
    static final LocalDate QXX_CLOSED = LocalDate.of(2023, 3, 31);

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        FakeOrganisationDirectory directory = new FakeOrganisationDirectory()
                .open("Y56", REGION, LocalDate.of(2000, 1, 1))
                .open("Y58", REGION, LocalDate.of(2000, 1, 1))
                .open("QOP", ICB, OPENED)
                .open("QKK", ICB, OPENED)
                .add("QXX", ICB, OPENED, QXX_CLOSED)
                .open("RJ2", ACUTE, LocalDate.of(2000, 4, 1))
                .open("RQ3", MENTAL_HEALTH, LocalDate.of(2000, 4, 1))
                .add("RCL", ACUTE, LocalDate.of(2000, 4, 1), LocalDate.of(2023, 3, 31))
                .open("RLT", ACUTE, LocalDate.of(2024, 4, 1));
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(TestTime.CLOCK);
    }

    static OrganisationRegistered trustRegistered() {
        return new OrganisationRegistered(RJ1, "Royal Hospital", ACUTE, QOP, OPENED);
    }

    static OrganisationRegistered icbRegistered() {
        return new OrganisationRegistered(QOP, "North ICB", ICB, Y56, OPENED);
    }

    static OrganisationRegistered regionRegistered() {
        return new OrganisationRegistered(Y56, "North region", REGION, null, LocalDate.of(2000, 1, 1));
    }

    @Nested
    class Register {

        @Test
        void registers_a_trust_under_an_open_icb() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QOP, OPENED))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(trustRegistered());
        }

        @Test
        void registers_an_icb_under_a_region() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(QOP, "North ICB", ICB, Y56, OPENED))
                    .expectEvents(icbRegistered());
        }

        @Test
        void registers_a_region_without_a_parent() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(Y56, "North region", REGION, null, LocalDate.of(2000, 1, 1)))
                    .expectEvents(regionRegistered());
        }

        @Test
        void name_is_stored_trimmed() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "  Royal Hospital \t", ACUTE, QOP, OPENED))
                    .expectEvents(trustRegistered());
        }

        @Test
        void opening_date_may_be_omitted_and_stays_unrecorded() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QOP, null))
                    .expectEvents(new OrganisationRegistered(RJ1, "Royal Hospital", ACUTE, QOP, null));
        }

        @Test
        void opening_date_may_be_today() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QOP, TODAY))
                    .expectEvents(new OrganisationRegistered(RJ1, "Royal Hospital", ACUTE, QOP, TODAY));
        }

        @Test
        void opening_date_cannot_be_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QOP, TOMORROW))
                    .expectNoEvents()
                    .expectException(invalid("openedOn"));
        }

        @Test
        void ods_code_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(null, "Royal Hospital", ACUTE, QOP, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("odsCode"));
        }

        @Test
        void name_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "   ", ACUTE, QOP, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("name"));
        }

        @Test
        void name_is_at_most_200_characters() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "x".repeat(201), ACUTE, QOP, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("name"));
        }

        @Test
        void type_is_required() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", null, QOP, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("type"));
        }

        @Test
        void a_region_has_no_parent() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(Y58, "South region", REGION, Y56, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void a_trust_must_have_a_parent() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, null, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void an_icb_must_have_a_parent() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(QOP, "North ICB", ICB, null, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void an_organisation_cannot_be_its_own_parent() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(QKK, "Odd ICB", ICB, QKK, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void parent_must_be_registered() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, MISSING, OPENED))
                    .expectNoEvents()
                    .expectException(unknown("parentCode"));
        }

        @Test
        void a_trusts_parent_must_be_an_icb() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", AMBULANCE, Y56, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void a_trust_cannot_sit_under_another_trust() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, RJ2, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void an_icbs_parent_must_be_a_region() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(QOP, "North ICB", ICB, QKK, OPENED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void parent_closed_on_the_opening_date_is_rejected() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QXX, QXX_CLOSED))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void parent_still_open_on_the_opening_date_is_accepted() {
            LocalDate dayBeforeClosure = QXX_CLOSED.minusDays(1);
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QXX, dayBeforeClosure))
                    .expectEvents(new OrganisationRegistered(RJ1, "Royal Hospital", ACUTE, QXX, dayBeforeClosure));
        }

        @Test
        void without_an_opening_date_the_parent_must_be_open_today() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOrganisation(RJ1, "Royal Hospital", ACUTE, QXX, null))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }
    }

    @Nested
    class Reassign {

        @Test
        void moves_to_another_icb_from_a_later_date_recording_the_previous_parent() {
            LocalDate from = LocalDate.of(2023, 4, 1);
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, QKK, from, null))
                    .expectEvents(new OrganisationReassigned(RJ1, QOP, QKK, from))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void effective_date_is_required() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, QKK, null, null))
                    .expectNoEvents()
                    .expectException(invalid("effectiveFrom"));
        }

        @Test
        void a_region_cannot_be_reassigned() {
            fixture.given(regionRegistered())
                    .when(new ReassignOrganisation(Y56, Y58, LocalDate.of(2023, 4, 1), null))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void new_parent_is_required() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, null, LocalDate.of(2023, 4, 1), null))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void reassigning_to_the_current_parent_is_a_conflict() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, QOP, LocalDate.of(2023, 4, 1), null))
                    .expectNoEvents()
                    .expectException(conflict("already-assigned"));
        }

        @Test
        void effective_date_on_the_current_assignment_date_is_a_conflict() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, QKK, OPENED, null))
                    .expectNoEvents()
                    .expectException(conflict("reassignment-before-current"));
        }

        @Test
        void effective_date_before_the_opening_date_is_a_conflict() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, QKK, OPENED.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(conflict("reassignment-before-current"));
        }

        @Test
        void a_reassignment_cannot_be_dated_before_the_latest_one() {
            fixture.given(trustRegistered(), new OrganisationReassigned(RJ1, QOP, QKK, LocalDate.of(2023, 4, 1)))
                    .when(new ReassignOrganisation(RJ1, QOP, LocalDate.of(2023, 1, 1), null))
                    .expectNoEvents()
                    .expectException(conflict("reassignment-before-current"));
        }

        @Test
        void reassignment_adds_to_the_history_and_never_rewrites_it() {
            fixture.given(trustRegistered(), new OrganisationReassigned(RJ1, QOP, QKK, LocalDate.of(2023, 4, 1)))
                    .when(new ReassignOrganisation(RJ1, QOP, LocalDate.of(2024, 4, 1), null))
                    .expectEvents(new OrganisationReassigned(RJ1, QKK, QOP, LocalDate.of(2024, 4, 1)))
                    .expectState(organisation -> assertThat(organisation.snapshot().node().parents()).containsExactly(
                            new ParentAssignment(QOP, OPENED),
                            new ParentAssignment(QKK, LocalDate.of(2023, 4, 1)),
                            new ParentAssignment(QOP, LocalDate.of(2024, 4, 1))));
        }

        @Test
        void without_a_recorded_opening_date_any_date_may_start_the_next_assignment() {
            LocalDate longAgo = LocalDate.of(1999, 1, 1);
            fixture.given(new OrganisationRegistered(RJ1, "Royal Hospital", ACUTE, QOP, null))
                    .when(new ReassignOrganisation(RJ1, QKK, longAgo, null))
                    .expectEvents(new OrganisationReassigned(RJ1, QOP, QKK, longAgo));
        }

        @Test
        void a_closed_organisation_cannot_be_reassigned_from_its_closing_date() {
            LocalDate closed = LocalDate.of(2024, 3, 31);
            fixture.given(trustRegistered(), new OrganisationClosed(RJ1, closed, null))
                    .when(new ReassignOrganisation(RJ1, QKK, closed, null))
                    .expectNoEvents()
                    .expectException(conflict("organisation-closed"));
        }

        @Test
        void new_parent_must_be_registered() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, MISSING, LocalDate.of(2023, 4, 1), null))
                    .expectNoEvents()
                    .expectException(unknown("parentCode"));
        }

        @Test
        void new_parent_must_have_the_parent_type() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, Y56, LocalDate.of(2023, 4, 1), null))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void new_parent_must_not_be_closed_by_the_effective_date() {
            fixture.given(trustRegistered())
                    .when(new ReassignOrganisation(RJ1, QXX, QXX_CLOSED, null))
                    .expectNoEvents()
                    .expectException(invalid("parentCode"));
        }

        @Test
        void an_icb_moves_between_regions() {
            LocalDate from = LocalDate.of(2023, 4, 1);
            fixture.given(icbRegistered())
                    .when(new ReassignOrganisation(QOP, Y58, from, null))
                    .expectEvents(new OrganisationReassigned(QOP, Y56, Y58, from));
        }
    }

    @Nested
    class Close {

        static final LocalDate CLOSING = LocalDate.of(2024, 3, 31);

        @Test
        void closes_without_a_successor() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, CLOSING, null, null))
                    .expectEvents(new OrganisationClosed(RJ1, CLOSING, null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void closes_with_an_open_trust_as_successor() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, CLOSING, RJ2, null))
                    .expectEvents(new OrganisationClosed(RJ1, CLOSING, RJ2));
        }

        @Test
        void a_trust_of_another_kind_may_succeed_a_trust() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, CLOSING, RQ3, null))
                    .expectEvents(new OrganisationClosed(RJ1, CLOSING, RQ3));
        }

        @Test
        void closing_date_is_required() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, null, null, null))
                    .expectNoEvents()
                    .expectException(invalid("closedOn"));
        }

        @Test
        void an_organisation_closes_only_once() {
            fixture.given(trustRegistered(), new OrganisationClosed(RJ1, CLOSING, null))
                    .when(new CloseOrganisation(RJ1, CLOSING.plusDays(1), null, null))
                    .expectNoEvents()
                    .expectException(conflict("already-closed"));
        }

        @Test
        void closing_date_cannot_be_before_the_opening_date() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, OPENED.minusDays(1), null, null))
                    .expectNoEvents()
                    .expectException(invalid("closedOn"));
        }

        @Test
        void closing_date_must_be_after_the_latest_reassignment() {
            LocalDate moved = LocalDate.of(2023, 4, 1);
            fixture.given(trustRegistered(), new OrganisationReassigned(RJ1, QOP, QKK, moved))
                    .when(new CloseOrganisation(RJ1, moved, null, null))
                    .expectNoEvents()
                    .expectException(invalid("closedOn"));
        }

        @Test
        void closing_the_day_after_the_latest_reassignment_is_accepted() {
            LocalDate moved = LocalDate.of(2023, 4, 1);
            fixture.given(trustRegistered(), new OrganisationReassigned(RJ1, QOP, QKK, moved))
                    .when(new CloseOrganisation(RJ1, moved.plusDays(1), null, null))
                    .expectEvents(new OrganisationClosed(RJ1, moved.plusDays(1), null));
        }

        @Test
        void an_organisation_cannot_succeed_itself() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, CLOSING, RJ1, null))
                    .expectNoEvents()
                    .expectException(invalid("successorOdsCode"));
        }

        @Test
        void successor_must_be_registered() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, CLOSING, MISSING, null))
                    .expectNoEvents()
                    .expectException(unknown("successorOdsCode"));
        }

        @Test
        void an_icb_cannot_succeed_a_trust() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, CLOSING, QKK, null))
                    .expectNoEvents()
                    .expectException(invalid("successorOdsCode"));
        }

        @Test
        void a_trust_cannot_succeed_an_icb() {
            fixture.given(icbRegistered())
                    .when(new CloseOrganisation(QOP, CLOSING, RJ2, null))
                    .expectNoEvents()
                    .expectException(invalid("successorOdsCode"));
        }

        @Test
        void an_icb_may_succeed_an_icb() {
            fixture.given(icbRegistered())
                    .when(new CloseOrganisation(QOP, CLOSING, QKK, null))
                    .expectEvents(new OrganisationClosed(QOP, CLOSING, QKK));
        }

        @Test
        void only_a_region_may_succeed_a_region() {
            fixture.given(regionRegistered())
                    .when(new CloseOrganisation(Y56, CLOSING, QKK, null))
                    .expectNoEvents()
                    .expectException(invalid("successorOdsCode"));
        }

        @Test
        void successor_closed_on_the_closing_date_is_rejected() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, LocalDate.of(2023, 3, 31), RCL, null))
                    .expectNoEvents()
                    .expectException(invalid("successorOdsCode"));
        }

        @Test
        void successor_not_yet_open_on_the_closing_date_is_rejected() {
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, LocalDate.of(2024, 3, 31), RLT, null))
                    .expectNoEvents()
                    .expectException(invalid("successorOdsCode"));
        }

        @Test
        void successor_opening_on_the_closing_date_is_accepted() {
            LocalDate closing = LocalDate.of(2024, 4, 1);
            fixture.given(trustRegistered())
                    .when(new CloseOrganisation(RJ1, closing, RLT, null))
                    .expectEvents(new OrganisationClosed(RJ1, closing, RLT));
        }
    }

    @Nested
    class AwardStatus {

        static final LocalDate AWARDED = LocalDate.of(2023, 1, 10);

        @Test
        void a_trust_is_awarded_a_programme_status() {
            fixture.given(trustRegistered())
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, AWARDED, null))
                    .expectEvents(new ProgrammeStatusAwarded(RJ1, ProgrammeStatus.FAST_FOLLOWER, AWARDED))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void status_is_required() {
            fixture.given(trustRegistered())
                    .when(new AwardProgrammeStatus(RJ1, null, AWARDED, null))
                    .expectNoEvents()
                    .expectException(invalid("status"));
        }

        @Test
        void award_date_is_required() {
            fixture.given(trustRegistered())
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, null, null))
                    .expectNoEvents()
                    .expectException(invalid("awardedOn"));
        }

        @Test
        void award_date_cannot_be_in_the_future() {
            fixture.given(trustRegistered())
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, TOMORROW, null))
                    .expectNoEvents()
                    .expectException(invalid("awardedOn"));
        }

        @Test
        void award_date_may_be_today() {
            fixture.given(trustRegistered())
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, TODAY, null))
                    .expectEvents(new ProgrammeStatusAwarded(RJ1, ProgrammeStatus.FAST_FOLLOWER, TODAY));
        }

        @Test
        void an_icb_holds_no_programme_status() {
            fixture.given(icbRegistered())
                    .when(new AwardProgrammeStatus(QOP, ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, AWARDED, null))
                    .expectNoEvents()
                    .expectException(invalid("status"));
        }

        @Test
        void a_region_holds_no_programme_status() {
            fixture.given(regionRegistered())
                    .when(new AwardProgrammeStatus(Y56, ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, AWARDED, null))
                    .expectNoEvents()
                    .expectException(invalid("status"));
        }

        @Test
        void the_same_status_is_awarded_only_once() {
            fixture.given(trustRegistered(), new ProgrammeStatusAwarded(RJ1, ProgrammeStatus.FAST_FOLLOWER, AWARDED))
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, AWARDED.plusDays(1), null))
                    .expectNoEvents()
                    .expectException(conflict("programme-status-already-awarded"));
        }

        @Test
        void a_different_status_may_be_awarded_later() {
            fixture.given(trustRegistered(), new ProgrammeStatusAwarded(RJ1, ProgrammeStatus.FAST_FOLLOWER, AWARDED))
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, AWARDED, null))
                    .expectEvents(new ProgrammeStatusAwarded(RJ1, ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, AWARDED));
        }

        @Test
        void award_date_cannot_be_before_the_opening_date() {
            fixture.given(trustRegistered())
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, OPENED.minusDays(1), null))
                    .expectNoEvents()
                    .expectException(invalid("awardedOn"));
        }

        @Test
        void a_closed_trust_is_not_awarded_from_its_closing_date() {
            LocalDate closed = LocalDate.of(2024, 3, 31);
            fixture.given(trustRegistered(), new OrganisationClosed(RJ1, closed, null))
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, closed, null))
                    .expectNoEvents()
                    .expectException(conflict("organisation-closed"));
        }

        @Test
        void a_closed_trust_may_be_awarded_for_a_date_while_it_was_open() {
            LocalDate closed = LocalDate.of(2024, 3, 31);
            fixture.given(trustRegistered(), new OrganisationClosed(RJ1, closed, null))
                    .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.FAST_FOLLOWER, closed.minusDays(1), null))
                    .expectEvents(new ProgrammeStatusAwarded(RJ1, ProgrammeStatus.FAST_FOLLOWER, closed.minusDays(1)));
        }
    }

    @Test
    void snapshot_reports_what_other_aggregates_may_see() {
        fixture.given(trustRegistered(), new OrganisationClosed(RJ1, LocalDate.of(2024, 3, 31), null))
                .when(new AwardProgrammeStatus(RJ1, ProgrammeStatus.DIGITAL_ASPIRANT, LocalDate.of(2023, 1, 1), null))
                .expectState(organisation -> assertThat(organisation.snapshot()).isEqualTo(new OrganisationSnapshot(
                        "Royal Hospital", new Hierarchy.Node(RJ1, ACUTE, OPENED, LocalDate.of(2024, 3, 31),
                        List.of(new ParentAssignment(QOP, OPENED))))));
    }
}
