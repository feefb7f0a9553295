package uk.nhs.dma.projections.register;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.ods;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.FindOrganisation;
import uk.nhs.dma.core.organisation.ListOrganisations;
import uk.nhs.dma.core.organisation.OrganisationClosed;
import uk.nhs.dma.core.organisation.OrganisationPage;
import uk.nhs.dma.core.organisation.OrganisationReassigned;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.OrganisationView;
import uk.nhs.dma.core.organisation.ParentAssignment;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatusAward;
import uk.nhs.dma.core.organisation.ProgrammeStatusAwarded;
import uk.nhs.dma.core.query.PageRequest;
import uk.nhs.dma.projections.progress.OrganisationFacts;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.testing.ReadModelDatabase;

/** The organisation register and its effective-dated hierarchy, fed with events, on real PostgreSQL. */
class OrganisationProjectionTest {

    private NamedParameterJdbcTemplate jdbc;
    private OrganisationProjection projection;
    private OrganisationQueries queries;
    private ProgressFacts facts;

    @BeforeEach
    void freshDatabase() {
        jdbc = ReadModelDatabase.fresh();
        projection = new OrganisationProjection(jdbc);
        queries = new OrganisationQueries(jdbc);
        facts = new ProgressFacts(jdbc);
    }

    /** Each event with its aggregate's sequence number, in the order a processor would see them. */
    private record Delivery(Object event, long sequence) {
    }

    private final List<Delivery> history = List.of(
            new Delivery(new OrganisationRegistered(ods("Y61"), "North East and Yorkshire", OrganisationType.REGION, null, null), 0),
            new Delivery(new OrganisationRegistered(ods("Y56"), "London", OrganisationType.REGION, null, null), 0),
            new Delivery(new OrganisationRegistered(ods("QOP"), "ICB One", OrganisationType.ICB, ods("Y61"), date("2022-07-01")), 0),
            new Delivery(new OrganisationRegistered(ods("QKK"), "ICB Two", OrganisationType.ICB, ods("Y56"), date("2022-07-01")), 0),
            new Delivery(new OrganisationRegistered(ods("RJ1"), "Guy's and St Thomas'", OrganisationType.ACUTE, ods("QOP"), date("2001-04-01")), 0),
            new Delivery(new OrganisationReassigned(ods("RJ1"), ods("QOP"), ods("QKK"), date("2024-04-01")), 1),
            new Delivery(new ProgrammeStatusAwarded(ods("RJ1"), ProgrammeStatus.FAST_FOLLOWER, date("2019-05-01")), 2),
            new Delivery(new ProgrammeStatusAwarded(ods("RJ1"), ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, date("2017-01-01")), 3),
            new Delivery(new OrganisationRegistered(ods("R1K"), "Successor Trust", OrganisationType.ACUTE, ods("QKK"), date("2025-04-01")), 0),
            new Delivery(new OrganisationClosed(ods("RJ1"), date("2025-04-01"), ods("R1K")), 4),
            new Delivery(new OrganisationRegistered(ods("RX1"), "Ambulance Trust", OrganisationType.AMBULANCE, ods("QOP"), date("2006-07-01")), 0));

    private void deliver(Delivery d) {
        Object e = d.event();
        if (e instanceof OrganisationRegistered x) {
            projection.on(x, d.sequence(), java.time.Instant.parse("2026-01-15T10:00:00Z"));
        } else if (e instanceof OrganisationReassigned x) {
            projection.on(x, d.sequence(), java.time.Instant.parse("2026-01-15T10:00:00Z"));
        } else if (e instanceof OrganisationClosed x) {
            projection.on(x, d.sequence(), java.time.Instant.parse("2026-01-15T10:00:00Z"));
        } else if (e instanceof ProgrammeStatusAwarded x) {
            projection.on(x, d.sequence(), java.time.Instant.parse("2026-01-15T10:00:00Z"));
        } else {
            throw new IllegalArgumentException(e.toString());
        }
    }

    private void deliverAll() {
        history.forEach(this::deliver);
    }

    private OrganisationView find(String code, String asOf) {
        return queries.handle(new FindOrganisation(ods(code), date(asOf))).orElseThrow();
    }

    private List<String> children(String parent, String asOf) {
        return queries.handle(new ListOrganisations(null, ods(parent), date(asOf), PageRequest.all())).items().stream()
                .map(OrganisationView::odsCode).toList();
    }

    /** Everything the queries can say about the register, on a few dates. */
    private List<Object> answers() {
        List<Object> answers = new ArrayList<>();
        for (String asOf : List.of("2000-01-01", "2024-03-31", "2024-04-01", "2025-03-31", "2025-04-01")) {
            for (String code : List.of("Y61", "Y56", "QOP", "QKK", "RJ1", "R1K", "RX1")) {
                answers.add(queries.handle(new FindOrganisation(ods(code), date(asOf))));
            }
            answers.add(queries.handle(new ListOrganisations(null, null, date(asOf), PageRequest.all())));
            answers.add(queries.handle(new ListOrganisations(OrganisationType.ACUTE, ods("QKK"), date(asOf), PageRequest.all())));
        }
        answers.add(facts.organisations().stream()
                .sorted(java.util.Comparator.comparing(OrganisationFacts::odsCode)).toList());
        return answers;
    }

    @Test
    void registrationRecordsTheOrganisationAndItsParentFromItsOpeningDate() {
        deliverAll();

        OrganisationView ambulance = find("RX1", "2024-01-01");
        assertThat(ambulance.name()).isEqualTo("Ambulance Trust");
        assertThat(ambulance.type()).isEqualTo(OrganisationType.AMBULANCE);
        assertThat(ambulance.openedOn()).isEqualTo(date("2006-07-01"));
        assertThat(ambulance.parentCode()).isEqualTo("QOP");
        assertThat(ambulance.parents()).containsExactly(new ParentAssignment(ods("QOP"), date("2006-07-01")));
        assertThat(ambulance.closedOn()).isNull();
        assertThat(ambulance.successorOdsCode()).isNull();
        assertThat(ambulance.programmeStatuses()).isEmpty();
        assertThat(ambulance.version()).isZero();

        // before it opened it had no parent yet
        assertThat(find("RX1", "2006-06-30").parentCode()).isNull();
    }

    @Test
    void aRegionHasNoParentAndAnUndatedOpening() {
        deliverAll();

        OrganisationView region = find("Y61", "2024-01-01");
        assertThat(region.type()).isEqualTo(OrganisationType.REGION);
        assertThat(region.parentCode()).isNull();
        assertThat(region.parents()).isEmpty();
        assertThat(region.openedOn()).isNull();
    }

    @Test
    void theParentIsEffectiveDatedAroundAReassignment() {
        deliverAll();

        assertThat(find("RJ1", "2024-03-31").parentCode()).isEqualTo("QOP");
        assertThat(find("RJ1", "2024-04-01").parentCode()).isEqualTo("QKK");
        assertThat(find("RJ1", "2030-01-01").parentCode()).isEqualTo("QKK");
        assertThat(find("RJ1", "2024-04-01").parents()).containsExactly(
                new ParentAssignment(ods("QOP"), date("2001-04-01")),
                new ParentAssignment(ods("QKK"), date("2024-04-01")));

        assertThat(children("QOP", "2024-03-31")).containsExactly("RJ1", "RX1");
        assertThat(children("QKK", "2024-03-31")).isEmpty();
        assertThat(children("QOP", "2024-04-01")).containsExactly("RX1");
        assertThat(children("QKK", "2024-04-01")).containsExactly("RJ1");
        assertThat(children("QKK", "2025-04-01")).containsExactly("R1K", "RJ1");
    }

    @Test
    void listingFiltersByTypeAndPages() {
        deliverAll();

        OrganisationPage trusts = queries.handle(new ListOrganisations(OrganisationType.ACUTE, null, date("2025-06-01"),
                PageRequest.all()));
        assertThat(trusts.items()).extracting(OrganisationView::odsCode).containsExactly("R1K", "RJ1");
        assertThat(trusts.total()).isEqualTo(2);

        OrganisationPage second = queries.handle(new ListOrganisations(null, null, date("2025-06-01"), PageRequest.of(2, 2)));
        assertThat(second.items()).extracting(OrganisationView::odsCode).containsExactly("R1K", "RJ1");
        assertThat(second.total()).isEqualTo(7);
    }

    @Test
    void closureRecordsTheDateAndTheSuccessor() {
        deliverAll();

        OrganisationView closed = find("RJ1", "2025-06-01");
        assertThat(closed.closedOn()).isEqualTo(date("2025-04-01"));
        assertThat(closed.successorOdsCode()).isEqualTo("R1K");
        assertThat(closed.version()).isEqualTo(4);

        OrganisationFacts rj1 = facts("RJ1");
        assertThat(rj1.node().isOpenOn(date("2025-03-31"))).isTrue();
        assertThat(rj1.node().isOpenOn(date("2025-04-01"))).isFalse();
        OrganisationFacts r1k = facts("R1K");
        assertThat(r1k.node().isOpenOn(date("2025-03-31"))).isFalse();
        assertThat(r1k.node().isOpenOn(date("2025-04-01"))).isTrue();
    }

    @Test
    void programmeStatusesAreDatedFactsInAwardOrder() {
        deliverAll();

        assertThat(find("RJ1", "2024-01-01").programmeStatuses()).containsExactly(
                new ProgrammeStatusAward(ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR, date("2017-01-01")),
                new ProgrammeStatusAward(ProgrammeStatus.FAST_FOLLOWER, date("2019-05-01")));

        OrganisationFacts rj1 = facts("RJ1");
        assertThat(rj1.counting().programmeStatusBy(date("2016-12-31"))).isEmpty();
        assertThat(rj1.counting().programmeStatusBy(date("2017-01-01"))).contains(ProgrammeStatus.GLOBAL_DIGITAL_EXEMPLAR);
        assertThat(rj1.node().parentOn(date("2024-03-31"))).contains(OdsCode.of("QOP"));
        assertThat(rj1.node().parentOn(date("2024-04-01"))).contains(OdsCode.of("QKK"));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        deliverAll();

        assertThat(queries.handle(new FindOrganisation(ods("ZZZ"), date("2024-01-01")))).isEmpty();
        assertThat(queries.handle(new ListOrganisations(null, ods("ZZZ"), date("2024-01-01"), PageRequest.all())))
                .isEqualTo(new OrganisationPage(List.of(), 0));
    }

    @Test
    void deliveringEveryEventTwiceChangesNothing() {
        deliverAll();
        List<Object> once = answers();

        // each event again straight after itself, then the whole history again
        freshDatabase();
        history.forEach(d -> {
            deliver(d);
            deliver(d);
        });
        assertThat(answers()).isEqualTo(once);
        deliverAll();
        assertThat(answers()).isEqualTo(once);
        assertThat(ReadModelDatabase.rows(jdbc, "organisation_parent")).isEqualTo(6);
        assertThat(ReadModelDatabase.rows(jdbc, "programme_status")).isEqualTo(2);
    }

    @Test
    void anOldEventRedeliveredAfterLaterOnesChangesNothing() {
        deliverAll();
        List<Object> before = answers();

        deliver(history.get(5)); // the reassignment, after the closure
        deliver(history.get(6)); // a programme status, after the closure
        deliver(history.get(4)); // the registration

        assertThat(answers()).isEqualTo(before);
        assertThat(find("RJ1", "2025-06-01").version()).isEqualTo(4);
    }

    @Test
    void resetEmptiesTheTablesAndAReplayGivesTheSameAnswers() {
        deliverAll();
        List<Object> before = answers();

        projection.reset();

        assertThat(ReadModelDatabase.rows(jdbc, "organisation")).isZero();
        assertThat(ReadModelDatabase.rows(jdbc, "organisation_parent")).isZero();
        assertThat(ReadModelDatabase.rows(jdbc, "programme_status")).isZero();
        assertThat(queries.handle(new FindOrganisation(ods("RJ1"), date("2024-01-01")))).isEmpty();
        assertThat(facts.organisations()).isEmpty();

        deliverAll();
        assertThat(answers()).isEqualTo(before);
    }

    private OrganisationFacts facts(String code) {
        Optional<OrganisationFacts> found = facts.organisations().stream().filter(o -> o.odsCode().equals(code)).findFirst();
        return found.orElseThrow();
    }

}
