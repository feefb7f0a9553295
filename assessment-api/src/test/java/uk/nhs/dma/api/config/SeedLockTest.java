package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.projections.testing.Eventually;
import uk.nhs.dma.projections.testing.TestDatabase;
import uk.nhs.dma.eventstore.SeedLock;

/**
 * Two instances starting together on one database: the second seeds only once the first has finished (and then
 * finds everything stored), because seeding holds a PostgreSQL advisory lock.
 */
class SeedLockTest {

    @Test
    void a_second_seeding_waits_for_the_first_to_finish() throws Exception {
        TestDatabase.Connection database = TestDatabase.fresh();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(database.url());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> SeedLock.holding(dataSource, () -> {
            steps.add("first started");
            await(firstMayFinish);
            steps.add("first finished");
            return 1;
        }));
        Eventually.await(() -> steps, s -> s.contains("first started"), Duration.ofSeconds(30));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> SeedLock.holding(dataSource, () -> {
            steps.add("second started");
            return 2;
        }));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Eventually.await(() -> jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'"
                + " and not granted", Long.class), waiting -> waiting == 1, Duration.ofSeconds(30));
        assertThat(steps).containsExactly("first started");

        firstMayFinish.countDown();
        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(2);
        assertThat(steps).containsExactly("first started", "first finished", "second started");
        assertThat(jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'", Long.class))
                .as("the lock is released").isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
