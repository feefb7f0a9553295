package uk.nhs.dma.projections.register;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.ods;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.organisation.Hierarchy;
import uk.nhs.dma.core.organisation.OrganisationClosed;
import uk.nhs.dma.core.organisation.OrganisationReassigned;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatusAwarded;
import uk.nhs.dma.projections.testing.ReadModelDatabase;

/** The read side's one cached hierarchy: read once, read again after each change the projection commits. */
class HierarchyCacheTest {

    private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");

    private NamedParameterJdbcTemplate jdbc;
    private OrganisationProjection projection;
    private HierarchyCache cache;
    private final AtomicInteger registerReads = new AtomicInteger();

    @BeforeEach
    void register() {
        jdbc = ReadModelDatabase.fresh();
        projection = new OrganisationProjection(jdbc);
        cache = new HierarchyCache(jdbc) {
            @Override
            public Hierarchy current() {
                Hierarchy before = lastRead;
                Hierarchy now = super.current();
                if (now != before) {
                    registerReads.incrementAndGet();
                }
                lastRead = now;
                return now;
            }
        };
        projection.on(new OrganisationRegistered(ods("Y56"), "London", OrganisationType.REGION, null, null), 0, AT);
        projection.on(new OrganisationRegistered(ods("Y58"), "South West", OrganisationType.REGION, null, null), 0, AT);
        projection.on(new OrganisationRegistered(ods("QOP"), "ICB One", OrganisationType.ICB, ods("Y56"),
                date("2022-07-01")), 0, AT);
        projection.on(new OrganisationRegistered(ods("QKK"), "ICB Two", OrganisationType.ICB, ods("Y58"),
                date("2022-07-01")), 0, AT);
        projection.on(new OrganisationRegistered(ods("RJ1"), "Royal", OrganisationType.ACUTE, ods("QOP"),
                date("2001-04-01")), 0, AT);
    }

    private Hierarchy lastRead;

    @Test
    void the_register_is_read_once_while_nothing_changes() {
        assertThat(cache.current().regionOn("RJ1", date("2025-01-01"))).contains("Y56");
        assertThat(cache.current().regionOn("QKK", date("2025-01-01"))).contains("Y58");
        assertThat(cache.current().nodes()).hasSize(5);
        assertThat(registerReads).hasValue(1);
    }

    @Test
    void a_reassignment_a_registration_and_a_closure_are_seen_at_once() {
        assertThat(cache.current().regionOn("RJ1", date("2025-01-01"))).contains("Y56");

        projection.on(new OrganisationReassigned(ods("RJ1"), ods("QOP"), ods("QKK"), date("2024-04-01")), 1, AT);
        assertThat(cache.current().regionOn("RJ1", date("2025-01-01"))).contains("Y58");
        assertThat(cache.current().regionOn("RJ1", date("2024-03-31"))).as("history kept").contains("Y56");

        projection.on(new OrganisationRegistered(ods("R1K"), "Successor", OrganisationType.ACUTE, ods("QKK"),
                date("2025-04-01")), 0, AT);
        assertThat(cache.current().regionOn("R1K", date("2025-04-01"))).contains("Y58");

        projection.on(new OrganisationClosed(ods("RJ1"), date("2025-04-01"), ods("R1K")), 2, AT);
        assertThat(cache.current().isOpenOn("RJ1", date("2025-04-01"))).isFalse();
        assertThat(registerReads).hasValue(4);
    }

    @Test
    void a_programme_status_leaves_the_cached_hierarchy_alone() {
        cache.current();
        projection.on(new ProgrammeStatusAwarded(ods("RJ1"), ProgrammeStatus.FAST_FOLLOWER, date("2019-05-01")), 1, AT);
        cache.current();
        assertThat(registerReads).hasValue(1);
    }

    @Test
    void a_replay_that_empties_the_register_is_seen() {
        assertThat(cache.current().nodes()).hasSize(5);
        projection.reset();
        assertThat(cache.current().nodes()).isEmpty();
    }
}
