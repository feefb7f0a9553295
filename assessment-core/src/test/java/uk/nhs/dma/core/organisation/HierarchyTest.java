package uk.nhs.dma.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The one effective-dated hierarchy: open on a date, parent on a date, region on a date. */
class HierarchyTest {

    private static final OdsCode Y56 = OdsCode.of("Y56");
    private static final OdsCode Y58 = OdsCode.of("Y58");
    private static final OdsCode QOP = OdsCode.of("QOP");
    private static final OdsCode QKK = OdsCode.of("QKK");
    private static final OdsCode RJ1 = OdsCode.of("RJ1");
    private static final LocalDate OPENED = LocalDate.of(2020, 4, 1);
    private static final LocalDate MOVED = LocalDate.of(2024, 4, 1);

    private static final OdsCode PRACTICE = OdsCode.of("A81001");
    private static final OdsCode PROVIDER = OdsCode.of("VC1");

    private static Hierarchy london() {
        return Hierarchy.from(List.of(
                new OrganisationRegistered(PRACTICE, "Surgery", OrganisationType.GENERAL_PRACTICE, QOP, OPENED),
                new OrganisationRegistered(PROVIDER, "Care home", OrganisationType.ADULT_SOCIAL_CARE_PROVIDER, QKK,
                        OPENED),
                new OrganisationRegistered(Y56, "London", OrganisationType.REGION, null, null),
                new OrganisationRegistered(Y58, "South West", OrganisationType.REGION, null, null),
                new OrganisationRegistered(QOP, "North Central London", OrganisationType.ICB, Y56, OPENED),
                new OrganisationRegistered(QKK, "South West London", OrganisationType.ICB, Y56, OPENED),
                new OrganisationRegistered(RJ1, "Royal", OrganisationType.ACUTE, QOP, OPENED),
                new OrganisationReassigned(RJ1, QOP, QKK, MOVED),
                new OrganisationReassigned(QKK, Y56, Y58, MOVED.plusYears(1)),
                new OrganisationClosed(RJ1, LocalDate.of(2026, 3, 31), null)));
    }

    @Test
    void the_parent_on_a_date_is_the_last_assignment_effective_by_then() {
        Hierarchy hierarchy = london();
        assertThat(hierarchy.parentOn("RJ1", OPENED.minusDays(1))).isEmpty();
        assertThat(hierarchy.parentOn("RJ1", OPENED)).contains("QOP");
        assertThat(hierarchy.parentOn("RJ1", MOVED.minusDays(1))).contains("QOP");
        assertThat(hierarchy.parentOn("RJ1", MOVED)).contains("QKK");
        assertThat(hierarchy.parentOn("Y56", MOVED)).isEmpty();
        assertThat(hierarchy.parentOn("NOPE", MOVED)).isEmpty();
    }

    @Test
    void the_region_on_a_date_follows_each_level_as_it_stood_that_day() {
        Hierarchy hierarchy = london();
        assertThat(hierarchy.regionOn("RJ1", OPENED)).contains("Y56");
        assertThat(hierarchy.regionOn("RJ1", MOVED)).contains("Y56");
        assertThat(hierarchy.regionOn("RJ1", MOVED.plusYears(1))).contains("Y58");
        assertThat(hierarchy.regionOn("QKK", MOVED.plusYears(1))).contains("Y58");
        assertThat(hierarchy.regionOn("Y56", OPENED)).contains("Y56");
        assertThat(hierarchy.regionOn("RJ1", OPENED.minusDays(1))).isEmpty();
        assertThat(hierarchy.regionOn("NOPE", OPENED)).isEmpty();
    }

    @Test
    void every_type_sits_under_an_icb_and_in_a_region_on_the_date_and_an_icb_under_itself() {
        Hierarchy hierarchy = london();
        assertThat(hierarchy.icbOn("A81001", OPENED)).contains("QOP");
        assertThat(hierarchy.regionOn("A81001", OPENED)).contains("Y56");
        assertThat(hierarchy.icbOn("VC1", MOVED.plusYears(1))).contains("QKK");
        assertThat(hierarchy.regionOn("VC1", MOVED.plusYears(1))).contains("Y58");
        assertThat(hierarchy.icbOn("RJ1", MOVED)).contains("QKK");
        assertThat(hierarchy.icbOn("QKK", OPENED)).contains("QKK");
        assertThat(hierarchy.regionOn("QKK", OPENED)).contains("Y56");
        assertThat(hierarchy.icbOn("Y56", OPENED)).isEmpty();
        assertThat(hierarchy.icbOn("RJ1", OPENED.minusDays(1))).isEmpty();
        assertThat(hierarchy.icbOn("NOPE", OPENED)).isEmpty();
    }

    @Test
    void an_organisation_is_open_from_its_opening_until_the_day_before_closure() {
        Hierarchy hierarchy = london();
        assertThat(hierarchy.isOpenOn("RJ1", OPENED.minusDays(1))).isFalse();
        assertThat(hierarchy.isOpenOn("RJ1", OPENED)).isTrue();
        assertThat(hierarchy.isOpenOn("RJ1", LocalDate.of(2026, 3, 30))).isTrue();
        assertThat(hierarchy.isOpenOn("RJ1", LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(hierarchy.isOpenOn("Y56", LocalDate.of(1900, 1, 1))).as("no dates: always open").isTrue();
        assertThat(hierarchy.isOpenOn("NOPE", OPENED)).isFalse();
    }

    @Test
    void facts_about_organisations_never_registered_are_ignored() {
        Hierarchy hierarchy = Hierarchy.from(List.of(new OrganisationReassigned(RJ1, QOP, QKK, MOVED), "other"));
        assertThat(hierarchy.nodes()).isEmpty();
    }

    /** Reassignments only add: on any date, the parent is the one of the latest move effective by then. */
    @Property
    void a_reassignment_never_rewrites_the_parent_of_an_earlier_date(
            @ForAll @IntRange(min = 1, max = 6) int moves, @ForAll @IntRange(min = 1, max = 400) int gap,
            @ForAll @IntRange(min = -30, max = 3000) int offset) {
        List<Object> facts = new ArrayList<>();
        facts.add(new OrganisationRegistered(RJ1, "Royal", OrganisationType.ACUTE, OdsCode.of("Q0"), OPENED));
        List<LocalDate> from = new ArrayList<>(List.of(OPENED));
        for (int i = 1; i <= moves; i++) {
            from.add(OPENED.plusDays((long) gap * i));
            facts.add(new OrganisationReassigned(RJ1, OdsCode.of("Q" + (i - 1)), OdsCode.of("Q" + i), from.get(i)));
        }
        LocalDate date = OPENED.plusDays(offset);
        int expected = -1;
        for (int i = 0; i < from.size(); i++) {
            if (!from.get(i).isAfter(date)) {
                expected = i;
            }
        }
        Hierarchy all = Hierarchy.from(facts);
        assertThat(all.parentOn("RJ1", date)).isEqualTo(
                expected < 0 ? java.util.Optional.empty() : java.util.Optional.of("Q" + expected));
        // the facts recorded up to any move give the same answer for dates before that move took effect
        for (int i = 1; i <= moves; i++) {
            if (date.isBefore(from.get(i))) {
                assertThat(Hierarchy.from(facts.subList(0, i + 1)).parentOn("RJ1", date))
                        .isEqualTo(all.parentOn("RJ1", date));
            }
        }
    }

    @Property
    void open_exactly_on_the_days_from_opening_until_before_closure(
            @ForAll @IntRange(min = 0, max = 2000) int openDay, @ForAll @IntRange(min = 1, max = 2000) int length,
            @ForAll @IntRange(min = -10, max = 4100) int day) {
        LocalDate opened = OPENED.plusDays(openDay);
        LocalDate closed = opened.plusDays(length);
        LocalDate date = OPENED.plusDays(day);
        Hierarchy hierarchy = Hierarchy.from(List.of(
                new OrganisationRegistered(RJ1, "Royal", OrganisationType.ACUTE, QOP, opened),
                new OrganisationClosed(RJ1, closed, null)));
        assertThat(hierarchy.isOpenOn("RJ1", date)).isEqualTo(!date.isBefore(opened) && date.isBefore(closed));
    }
}
